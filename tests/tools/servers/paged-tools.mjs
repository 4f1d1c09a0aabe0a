// A small MCP server on the real TypeScript SDK (installed by scripts/mcp-servers.sh) showing
// what the reference servers do not: a tool list in pages, and a list that changes.
//   node paged-tools.mjs SDK_DIR
// tools/list answers 3 tools a page; calling "grow" adds a tool and sends
// notifications/tools/list_changed.
import { pathToFileURL } from "node:url";

const sdk = process.argv[2];
const load = (path) => import(pathToFileURL(`${sdk}/dist/esm/${path}`).href);
const { Server } = await load("server/index.js");
const { StdioServerTransport } = await load("server/stdio.js");
const { ListToolsRequestSchema, CallToolRequestSchema } = await load("types.js");

const makeTool = (n) => ({ name: `tool-${n}`, description: `Tool number ${n}`, inputSchema: { type: "object" } });
const tools = [{ name: "grow", description: "Adds a tool", inputSchema: { type: "object" } }];
for (let n = 1; n <= 6; ++n) tools.push(makeTool(n));
const pageSize = 3;

const server = new Server({ name: "confab-paged-tools", version: "1.0.0" }, { capabilities: { tools: { listChanged: true } } });
server.setRequestHandler(ListToolsRequestSchema, async (request) => {
    const start = Number(request.params?.cursor ?? 0);
    const end = start + pageSize;
    const page = { tools: tools.slice(start, end) };
    if (end < tools.length) page.nextCursor = String(end);
    return page;
});
server.setRequestHandler(CallToolRequestSchema, async (request) => {
    if (request.params.name === "grow") {
        tools.push(makeTool(tools.length));
        await server.sendToolListChanged();
    }
    return { content: [{ type: "text", text: `${tools.length} tools` }] };
});
await server.connect(new StdioServerTransport());
