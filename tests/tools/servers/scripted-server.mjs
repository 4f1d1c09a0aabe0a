// A hand-written MCP server for what no server on npm shows yet: the stateless 2026-07-28
// revision, and handshake servers of other revisions (silent on server/discover, as some are).
//   node scripted-server.mjs modern          answers server/discover; requires _meta everywhere
//   node scripted-server.mjs legacy VERSION  ignores server/discover; initialize answers VERSION
import { createInterface } from "node:readline";

const [mode, version] = process.argv.slice(2);
const send = (message) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");
const tool = { name: "whoami", description: "Names the client", inputSchema: { type: "object" } };
const metaKey = "io.modelcontextprotocol/";

createInterface({ input: process.stdin }).on("line", (line) => {
    const request = JSON.parse(line);
    if (request.id === undefined) return; // notifications
    const { id, method, params = {} } = request;
    const meta = params._meta ?? {};
    if (mode === "modern") {
        if (method === "server/discover")
            return send({ id, result: { resultType: "complete", supportedVersions: ["2026-07-28"],
                capabilities: { tools: {} }, serverInfo: { name: "scripted-modern", version: "1" } } });
        if (meta[metaKey + "protocolVersion"] !== "2026-07-28" || !meta[metaKey + "clientCapabilities"])
            return send({ id, error: { code: -32602, message: `no 2026-07-28 _meta on ${method}` } });
        if (method === "tools/list") return send({ id, result: { resultType: "complete", tools: [tool] } });
        if (method === "tools/call")
            return send({ id, result: { resultType: "complete",
                content: [{ type: "text", text: `hello ${meta[metaKey + "clientInfo"]?.name}` }] } });
        return send({ id, error: { code: -32601, message: "Method not found" } });
    }
    if (method === "server/discover") return; // silence: the client must not wait forever
    if (method === "initialize")
        return send({ id, result: { protocolVersion: version, capabilities: { tools: {} },
            serverInfo: { name: "scripted-legacy", version: "1" } } });
    if (method === "tools/list") return send({ id, result: { tools: [tool] } });
    return send({ id, error: { code: -32601, message: "Method not found" } });
});
