<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiKeyStore</name>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>No API key is stored for this profile (not found in the keychain).</source>
        <translation>No API key is stored for this profile (not found in the keychain).</translation>
    </message>
    <message>
        <source>No keychain is available to store API keys%1. Confab never saves keys in plain text. On Linux, run a Secret Service such as GNOME Keyring or KWallet, with an unlocked default keyring, in your desktop session (it needs a D-Bus session bus). Until then, give the key for each run: confab-cli reads it from the %2 environment variable, and the app asks for it and keeps it in memory only until you quit.</source>
        <translation>No keychain is available to store API keys%1. Confab never saves keys in plain text. On Linux, run a Secret Service such as GNOME Keyring or KWallet, with an unlocked default keyring, in your desktop session (it needs a D-Bus session bus). Until then, give the key for each run: confab-cli reads it from the %2 environment variable, and the app asks for it and keeps it in memory only until you quit.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied%1. Unlock your keyring (or allow Confab to use it) and try again.</source>
        <translation>Access to the keychain was denied%1. Unlock your keyring (or allow Confab to use it) and try again.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time%1. Check that your keyring is unlocked and not waiting for a password prompt.</source>
        <translation>The keychain did not answer in time%1. Check that your keyring is unlocked and not waiting for a password prompt.</translation>
    </message>
    <message>
        <source>The keychain reported an error%1.</source>
        <translation>The keychain reported an error%1.</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>The pasted image could not be read.</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Attachment %1</translation>
    </message>
</context>
<context>
    <name>AttachmentExport</name>
    <message>
        <source>The attachment &quot;%1&quot; could not be read from the database.</source>
        <translation>The attachment &quot;%1&quot; could not be read from the database.</translation>
    </message>
    <message>
        <source>%1: &quot;attachments&quot; must be a list of at most %2 files</source>
        <translation>%1: &quot;attachments&quot; must be a list of at most %2 files</translation>
    </message>
    <message>
        <source>%1: the attachment &quot;%2&quot; is damaged (its sha256 does not match its data)</source>
        <translation>%1: the attachment &quot;%2&quot; is damaged (its sha256 does not match its data)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentFile</name>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>&quot;%1&quot; is not a file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; attachments can be at most %3.</source>
        <translation>&quot;%1&quot; is %2; attachments can be at most %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>&quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>&quot;%1&quot; is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be attached: Confab sends images, PDFs and text files, and this is %2 (%3).</source>
        <translation>&quot;%1&quot; cannot be attached: Confab sends images, PDFs and text files, and this is %2 (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image Confab can read (%2).</source>
        <translation>&quot;%1&quot; is not an image Confab can read (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2×%3 pixels; images can be at most %4 pixels on a side.</source>
        <translation>&quot;%1&quot; is %2×%3 pixels; images can be at most %4 pixels on a side.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PDF Confab can read (damaged or password-protected).</source>
        <translation>&quot;%1&quot; is not a PDF Confab can read (damaged or password-protected).</translation>
    </message>
    <message>
        <source>The text of &quot;%1&quot; is longer than %L2 characters; attach a part of it.</source>
        <translation>The text of &quot;%1&quot; is longer than %L2 characters; attach a part of it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not UTF-8 text; save it as UTF-8 to attach it.</source>
        <translation>&quot;%1&quot; is not UTF-8 text; save it as UTF-8 to attach it.</translation>
    </message>
    <message>
        <source>A message can carry at most %1 attachments.</source>
        <translation>A message can carry at most %1 attachments.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>AttachmentTiles</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, no text</source>
        <translation>%1 — %2, no text</translation>
    </message>
    <message>
        <source>%1 — %2, %L3 words</source>
        <translation>%1 — %2, %L3 words</translation>
    </message>
    <message>
        <source>(This file has no text; a scanned PDF has only images of its pages.)</source>
        <translation>(This file has no text; a scanned PDF has only images of its pages.)</translation>
    </message>
    <message>
        <source>

… %L1 more characters: open the file to read all of it.</source>
        <translation>

… %L1 more characters: open the file to read all of it.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Save As…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Text of %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Save %1</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Open or create a chat first.</source>
        <translation>Open or create a chat first.</translation>
    </message>
    <message>
        <source>No model is chosen. Pick one in Settings.</source>
        <translation>No model is chosen. Pick one in Settings.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; is not supported.</source>
        <translation>The provider &quot;%1&quot; is not supported.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>ChatGptImporter</name>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation>%1 has no &quot;id&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;mapping&quot; is missing or not an object</source>
        <translation>%1: &quot;mapping&quot; is missing or not an object</translation>
    </message>
    <message>
        <source>%1: node &quot;%2&quot; is not an object</source>
        <translation>%1: node &quot;%2&quot; is not an object</translation>
    </message>
    <message>
        <source>%1: node &quot;%2&quot; has no &quot;content&quot; object</source>
        <translation>%1: node &quot;%2&quot; has no &quot;content&quot; object</translation>
    </message>
    <message>
        <source>%1: node &quot;%2&quot; has a &quot;message&quot; that is not an object</source>
        <translation>%1: node &quot;%2&quot; has a &quot;message&quot; that is not an object</translation>
    </message>
    <message>
        <source>%1: node &quot;%2&quot; has &quot;children&quot; that is not a list</source>
        <translation>%1: node &quot;%2&quot; has &quot;children&quot; that is not a list</translation>
    </message>
    <message>
        <source>%1: node &quot;%2&quot; lists a child that is not in &quot;mapping&quot;</source>
        <translation>%1: node &quot;%2&quot; lists a child that is not in &quot;mapping&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;current_node&quot; names a node no branch from the root reaches</source>
        <translation>%1: &quot;current_node&quot; names a node no branch from the root reaches</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Model of this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch this chat&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no model chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This protocol is not supported.</source>
        <translation type="unfinished">This protocol is not supported.</translation>
    </message>
    <message>
        <source>No model list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists no models.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Code copied</source>
        <translation>Code copied</translation>
    </message>
    <message>
        <source>Message copied</source>
        <translation>Message copied</translation>
    </message>
    <message>
        <source>The reply failed: %1</source>
        <translation>The reply failed: %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Select text…</source>
        <translation>&amp;Select text…</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Regenerate</translation>
    </message>
    <message>
        <source>&amp;Edit and resend…</source>
        <translation>&amp;Edit and resend…</translation>
    </message>
    <message>
        <source>&amp;Previous alternative</source>
        <translation>&amp;Previous alternative</translation>
    </message>
    <message>
        <source>&amp;Next alternative</source>
        <translation>&amp;Next alternative</translation>
    </message>
    <message>
        <source>A reply is still being written: stop it or wait, then send your edit again.</source>
        <translation>A reply is still being written: stop it or wait, then send your edit again.</translation>
    </message>
    <message>
        <source>The reply was cut off at the length limit.</source>
        <translation>The reply was cut off at the length limit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer stored.</source>
        <translation>&quot;%1&quot; is no longer stored.</translation>
    </message>
    <message>
        <source>A message already waits for the database server; send this one when the server can be reached again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPreset</name>
    <message>
        <source>a preset has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset &quot;%1&quot;: &quot;%2&quot; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset &quot;%1&quot;: &quot;settings&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset &quot;%1&quot;: &quot;%2&quot; is not a number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatToolsBox</name>
    <message>
        <source>T&amp;ools from MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s servers (every enabled one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP servers of this chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Type a message below to start.
Enter sends, Shift+Enter adds a line, Esc stops a reply.</source>
        <translation>Type a message below to start.
Enter sends, Shift+Enter adds a line, Esc stops a reply.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>alternative %1 of %2</source>
        <translation>alternative %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n button(s): Left and Right choose, Enter presses</source>
        <translation>
            <numerusform>%n button: Left and Right choose, Enter presses</numerusform>
            <numerusform>%n buttons: Left and Right choose, Enter presses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatboxImporter</name>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation>%1 has no &quot;id&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;messages&quot; is missing or not a list</source>
        <translation>%1: &quot;messages&quot; is missing or not a list</translation>
    </message>
    <message>
        <source>%1: message %2 %3</source>
        <translation>%1: message %2 %3</translation>
    </message>
    <message>
        <source>%1: a message of fork &quot;%2&quot; %3</source>
        <translation>%1: a message of fork &quot;%2&quot; %3</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Settings file with profiles and defaults (default: the app&apos;s).</source>
        <translation>Settings file with profiles and defaults (default: the app&apos;s).</translation>
    </message>
    <message>
        <source>Title of a new session.</source>
        <translation>Title of a new session.</translation>
    </message>
    <message>
        <source>System prompt of a new session.</source>
        <translation>System prompt of a new session.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Machine-readable output.</translation>
    </message>
    <message>
        <source>How many rows at most.</source>
        <translation>How many rows at most.</translation>
    </message>
    <message>
        <source>Server base URL, e.g. http://localhost:11434/v1.</source>
        <translation>Server base URL, e.g. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Model name.</source>
        <translation>Model name.</translation>
    </message>
    <message>
        <source>Protocol: openai, anthropic, ollama, gemini.</source>
        <translation>Protocol: openai, anthropic, ollama, gemini.</translation>
    </message>
    <message>
        <source>Seconds without data before giving up.</source>
        <translation>Seconds without data before giving up.</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>Write to this file instead of stdout.</translation>
    </message>
    <message>
        <source>Preview the context with this new message.</source>
        <translation>Preview the context with this new message.</translation>
    </message>
    <message>
        <source>History messages to send at most.</source>
        <translation>History messages to send at most.</translation>
    </message>
    <message>
        <source>Prompt tokens to send at most.</source>
        <translation>Prompt tokens to send at most.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>note: %n reply/replies cut off by a crash were marked as interrupted; their text is kept.</source>
        <translation>
            <numerusform>note: %n reply cut off by a crash was marked as interrupted; its text is kept.</numerusform>
            <numerusform>note: %n replies cut off by a crash were marked as interrupted; their text is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>a session id is needed</source>
        <translation>a session id is needed</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session id</source>
        <translation>&quot;%1&quot; is not a session id</translation>
    </message>
    <message>
        <source>there is no session %1</source>
        <translation>there is no session %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>alternative %1 of %2</source>
        <translation>alternative %1 of %2</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), about %1 tokens</source>
        <translation>
            <numerusform>%n message, about %1 tokens</numerusform>
            <numerusform>%n messages, about %1 tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n earlier message(s) left out</source>
        <translation>
            <numerusform>; %n earlier message left out</numerusform>
            <numerusform>; %n earlier messages left out</numerusform>
        </translation>
    </message>
    <message>
        <source>the keychain refused access to the API key of &quot;%1&quot;: %2</source>
        <translation>the keychain refused access to the API key of &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>note: %1 Set CONFAB_API_KEY to give the key for this run.</source>
        <translation>note: %1 Set CONFAB_API_KEY to give the key for this run.</translation>
    </message>
    <message>
        <source>send needs the text of the message</source>
        <translation>send needs the text of the message</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL</source>
        <translation>&quot;%1&quot; is not a URL</translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot;</source>
        <translation>unknown provider &quot;%1&quot;</translation>
    </message>
    <message>
        <source>send needs --model NAME</source>
        <translation>send needs --model NAME</translation>
    </message>
    <message>
        <source>the message could not be sent</source>
        <translation>the message could not be sent</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import needs at least one file or folder</translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation>search needs a query</translation>
    </message>
    <message>
        <source>Send the API key over plain http to a host beyond this machine and its local network.</source>
        <translation>Send the API key over plain http to a host beyond this machine and its local network.</translation>
    </message>
    <message>
        <source>Nothing was sent; use https, or --insecure to send it anyway.</source>
        <translation>Nothing was sent; use https, or --insecure to send it anyway.</translation>
    </message>
    <message>
        <source>Export format: json, md or html.</source>
        <translation>Export format: json, md or html.</translation>
    </message>
    <message numerus="yes">
        <source>imported %1 (%2): %n chat(s), sessions %3</source>
        <translation>
            <numerusform>imported %1 (%2): %n chat, session %3</numerusform>
            <numerusform>imported %1 (%2): %n chats, sessions %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %1: %n chat(s) already imported</source>
        <translation>
            <numerusform>skipped %1: %n chat already imported</numerusform>
            <numerusform>skipped %1: %n chats already imported</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) has no messages to import</source>
        <translation>%1 (%2) has no messages to import</translation>
    </message>
    <message>
        <source>--format must be json, md or html</source>
        <translation>--format must be json, md or html</translation>
    </message>
    <message>
        <source>The model&apos;s context in tokens (instead of the server&apos;s).</source>
        <translation>The model&apos;s context in tokens (instead of the server&apos;s).</translation>
    </message>
    <message>
        <source> (server context %1, %2 kept for the reply)</source>
        <translation> (server context %1, %2 kept for the reply)</translation>
    </message>
    <message>
        <source>warning: the newest message alone does not fit in the window; it is sent anyway.</source>
        <translation>warning: the newest message alone does not fit in the window; it is sent anyway.</translation>
    </message>
    <message>
        <source>note: the reply was cut off at the length limit.</source>
        <translation>note: the reply was cut off at the length limit.</translation>
    </message>
    <message>
        <source>note: the server dropped part of the history (it counted far fewer prompt tokens than were sent).</source>
        <translation>note: the server dropped part of the history (it counted far fewer prompt tokens than were sent).</translation>
    </message>
    <message>
        <source>A file to send with the message (repeat for more).</source>
        <translation>A file to send with the message (repeat for more).</translation>
    </message>
    <message>
        <source>attached: %1 (%2, %3)</source>
        <translation>attached: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>attached: %1 (%2)</source>
        <translation>attached: %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nothing was sent.</translation>
    </message>
    <message>
        <source>(cut off: the program writing this reply stopped; the text that arrived is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>One of the commands below.</translation>
    </message>
    <message>
        <source>Provider profile: its name or id (confab-cli profiles).</source>
        <translation>Provider profile: its name or id (confab-cli profiles).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>UPDATED</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MESSAGES</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>No provider profiles in %1; add one in the app&apos;s Settings.</source>
        <translation>No provider profiles in %1; add one in the app&apos;s Settings.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>ENDPOINT</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>there is no provider profile &quot;%1&quot;: %2 has none (add one in the app&apos;s Settings)</source>
        <translation>there is no provider profile &quot;%1&quot;: %2 has none (add one in the app&apos;s Settings)</translation>
    </message>
    <message>
        <source>there is no provider profile &quot;%1&quot;; the profiles are: %2</source>
        <translation>there is no provider profile &quot;%1&quot;; the profiles are: %2</translation>
    </message>
    <message>
        <source>send needs --endpoint URL (e.g. http://localhost:11434/v1) or --profile NAME</source>
        <translation>send needs --endpoint URL (e.g. http://localhost:11434/v1) or --profile NAME</translation>
    </message>
    <message>
        <source>Database file or postgresql:// URL (default: the app&apos;s file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused access to the database password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: the store to copy from (file or postgresql:// URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: the store to copy into (file or postgresql:// URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply could not be saved: the database server did not come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database server is back; the whole reply is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: waiting for the database server to save the reply (Ctrl+C gives up).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliError</name>
    <message>
        <source>Try &apos;confab-cli --help&apos;.</source>
        <translation type="unfinished">Try &apos;confab-cli --help&apos;.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Send message</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Send (Enter)</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Stop the reply</translation>
    </message>
    <message>
        <source>Stop the reply; the text received so far is kept (Esc)</source>
        <translation>Stop the reply; the text received so far is kept (Esc)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Attach images, PDFs or text files (or drop or paste them here)</source>
        <translation>Attach images, PDFs or text files (or drop or paste them here)</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf *.txt *.md *.csv *.json *.xml *.yaml *.yml *.log *.c *.cpp *.h *.py *.js *.ts *.rs *.go *.java *.sh);;All files (*)</source>
        <translation>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf *.txt *.md *.csv *.json *.xml *.yaml *.yml *.log *.c *.cpp *.h *.py *.js *.ts *.rs *.go *.java *.sh);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ComposerEdit</name>
    <message>
        <source>Message the model… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Message the model… (Enter to send, Shift+Enter for a new line)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ContextSummary</name>
    <message>
        <source>%1 of %2 tokens (server context %2, %3 kept for the reply)</source>
        <translation>%1 of %2 tokens (server context %2, %3 kept for the reply)</translation>
    </message>
    <message>
        <source>%1 of %2 tokens (server context unknown)</source>
        <translation>%1 of %2 tokens (server context unknown)</translation>
    </message>
    <message>
        <source>%1 tokens (server context unknown)</source>
        <translation>%1 tokens (server context unknown)</translation>
    </message>
    <message>
        <source>The newest message alone does not fit: the server may cut or refuse it.</source>
        <translation>The newest message alone does not fit: the server may cut or refuse it.</translation>
    </message>
    <message numerus="yes">
        <source>· %n attachment(s): %1</source>
        <translation>
            <numerusform>· %n attachment: %1</numerusform>
            <numerusform>· %n attachments: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>copy needs --from PATH_OR_URL and --to PATH_OR_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to are the same store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no database %1 to copy from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused access to the database password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: %1/%2 chats (%3 copied, %4 already there, %5 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything was copied; run the same command again to copy the rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file (~/chats.sqlite) or postgresql://user@host:5432/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file or PostgreSQL URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain; empty: the saved one or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (TLS when the server offers it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, certificate and host name checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats are kept in an SQLite file on this computer, or on a PostgreSQL server shared by several computers. The choice is used from the next start (--db on the command line still wins); when it changes, Confab offers to copy the chats there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab cannot use this database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused access to the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab can open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not keep the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>%1 is not encrypted (http) and not on this machine or your local network: the API key and the messages would travel in the clear. Use https unless you trust every network in between.</source>
        <translation>%1 is not encrypted (http) and not on this machine or your local network: the API key and the messages would travel in the clear. Use https unless you trust every network in between.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Confab</source>
        <translation>Welcome to Confab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Confab&lt;/h3&gt;&lt;p&gt;Confab talks to a language model server. It starts with a local &lt;a href=&quot;https://ollama.com&quot;&gt;Ollama&lt;/a&gt; on this computer; you can also pick OpenAI, Anthropic, Gemini or any OpenAI-compatible server.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Test connection&lt;/b&gt; to check the server and choose a model. API keys are kept in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welcome to Confab&lt;/h3&gt;&lt;p&gt;Confab talks to a language model server. It starts with a local &lt;a href=&quot;https://ollama.com&quot;&gt;Ollama&lt;/a&gt; on this computer; you can also pick OpenAI, Anthropic, Gemini or any OpenAI-compatible server.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Test connection&lt;/b&gt; to check the server and choose a model. API keys are kept in the system keychain.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Local Ollama</source>
        <translation>Local Ollama</translation>
    </message>
    <message>
        <source>&amp;Start chatting</source>
        <translation>&amp;Start chatting</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Please give the profile a name and an http(s) endpoint URL.</source>
        <translation>Please give the profile a name and an http(s) endpoint URL.</translation>
    </message>
</context>
<context>
    <name>HistoryImporter</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>not valid JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <source>Confab (legacy)</source>
        <translation>Confab (legacy)</translation>
    </message>
    <message>
        <source>not a chat export Confab knows (ChatGPT, Open WebUI, LibreChat, Chatbox or Confab)</source>
        <translation>not a chat export Confab knows (ChatGPT, Open WebUI, LibreChat, Chatbox or Confab)</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported from it</source>
        <translation>%1: %2; nothing was imported from it</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no such file or folder</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>cannot read the file (%1)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, the most Confab imports at once</source>
        <translation>the file is larger than %1 MB, the most Confab imports at once</translation>
    </message>
    <message>
        <source>could not be saved (%1)</source>
        <translation>could not be saved (%1)</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>conversation %1</translation>
    </message>
    <message>
        <source>conversation %1 (&quot;%2&quot;)</source>
        <translation>conversation %1 (&quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>LegacyImporter</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>not valid JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;session_id&quot; and &quot;messages&quot;</source>
        <translation>expected a JSON object with &quot;session_id&quot; and &quot;messages&quot;</translation>
    </message>
    <message>
        <source>&quot;session_id&quot; is missing or not a string</source>
        <translation>&quot;session_id&quot; is missing or not a string</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 timestamp</source>
        <translation>&quot;%1&quot; is not an ISO-8601 timestamp</translation>
    </message>
    <message>
        <source>&quot;messages&quot; is missing or not a list</source>
        <translation>&quot;messages&quot; is missing or not a list</translation>
    </message>
    <message>
        <source>message %1 has no text (&quot;content&quot; must be a string)</source>
        <translation>message %1 has no text (&quot;content&quot; must be a string)</translation>
    </message>
    <message>
        <source>message %1 has the role &quot;%2&quot;; Confab knows user, assistant and system</source>
        <translation>message %1 has the role &quot;%2&quot;; Confab knows user, assistant and system</translation>
    </message>
    <message>
        <source>message %1 has a timestamp that is not ISO-8601</source>
        <translation>message %1 has a timestamp that is not ISO-8601</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: cannot read the file (%2)</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported from it</source>
        <translation>%1: %2; nothing was imported from it</translation>
    </message>
    <message>
        <source>%1: could not be saved (%2)</source>
        <translation>%1: could not be saved (%2)</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no such file or folder</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>message %1</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB, too large for a session file; nothing was imported from it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibreChatImporter</name>
    <message>
        <source>the conversation</source>
        <translation>the conversation</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: message %2 is not an object</source>
        <translation>%1: message %2 is not an object</translation>
    </message>
    <message>
        <source>%1: message %2 has no &quot;messageId&quot;</source>
        <translation>%1: message %2 has no &quot;messageId&quot;</translation>
    </message>
    <message>
        <source>%1: message &quot;%2&quot; has a &quot;createdAt&quot; that is not ISO-8601</source>
        <translation>%1: message &quot;%2&quot; has a &quot;createdAt&quot; that is not ISO-8601</translation>
    </message>
    <message>
        <source>%1: the parents of some messages form a cycle</source>
        <translation>%1: the parents of some messages form a cycle</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>Open link</source>
        <translation>Open link</translation>
    </message>
    <message>
        <source>This link is not a web address. Open it only if you trust it:

%1</source>
        <translation>This link is not a web address. Open it only if you trust it:

%1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Confab</source>
        <translation>Confab</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Estimated size of the next request</source>
        <translation>Estimated size of the next request</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;New Chat</translation>
    </message>
    <message>
        <source>&amp;Export Chat…</source>
        <translation>&amp;Export Chat…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Chat Se&amp;ttings…</source>
        <translation>Chat Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find in Chats</source>
        <translation>&amp;Find in Chats</translation>
    </message>
    <message>
        <source>&amp;Copy Last Reply</source>
        <translation>&amp;Copy Last Reply</translation>
    </message>
    <message>
        <source>&amp;Regenerate Reply</source>
        <translation>&amp;Regenerate Reply</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Re&amp;name Chat…</source>
        <translation>Re&amp;name Chat…</translation>
    </message>
    <message>
        <source>&amp;Pin/Unpin Chat</source>
        <translation>&amp;Pin/Unpin Chat</translation>
    </message>
    <message>
        <source>&amp;Delete Chat</source>
        <translation>&amp;Delete Chat</translation>
    </message>
    <message>
        <source>&amp;About Confab</source>
        <translation>&amp;About Confab</translation>
    </message>
    <message>
        <source>About Confab</source>
        <translation>About Confab</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confab&lt;/b&gt; %1&lt;br&gt;A desktop chat client for large language models.&lt;br&gt;Every chat lives in one database: what you see is what the model is sent.</source>
        <translation>&lt;b&gt;Confab&lt;/b&gt; %1&lt;br&gt;A desktop chat client for large language models.&lt;br&gt;Every chat lives in one database: what you see is what the model is sent.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>No model chosen</source>
        <translation>No model chosen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — Confab</source>
        <translation>%1 — Confab</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Deleted “%1”.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Chat</source>
        <translation>Export Chat</translation>
    </message>
    <message>
        <source>The chat could not be exported: %1</source>
        <translation>The chat could not be exported: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Could not save to the database: %1</source>
        <translation>Could not save to the database: %1</translation>
    </message>
    <message>
        <source>Storage error: %1</source>
        <translation>Storage error: %1</translation>
    </message>
    <message>
        <source>The API key could not be saved in the keychain; Confab keeps it only until you quit. %1</source>
        <translation>The API key could not be saved in the keychain; Confab keeps it only until you quit. %1</translation>
    </message>
    <message>
        <source>The API key could not be read from the keychain. %1</source>
        <translation>The API key could not be read from the keychain. %1</translation>
    </message>
    <message>
        <source>Enter &amp;key…</source>
        <translation>Enter &amp;key…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>API key for “%1”. It stays in memory until you quit and is never written to disk.</source>
        <translation>API key for “%1”. It stays in memory until you quit and is never written to disk.</translation>
    </message>
    <message>
        <source>&amp;Import Chats…</source>
        <translation>&amp;Import Chats…</translation>
    </message>
    <message>
        <source>Import Chats</source>
        <translation>Import Chats</translation>
    </message>
    <message>
        <source>Chat exports (*.json *.zip);;All files (*)</source>
        <translation>Chat exports (*.json *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Print Chat…</source>
        <translation>&amp;Print Chat…</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n chat(s) imported</source>
        <translation>
            <numerusform>%1 (%2): %n chat imported</numerusform>
            <numerusform>%1 (%2): %n chats imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Chat</source>
        <translation>Print Chat</translation>
    </message>
    <message>
        <source>Next request: %1</source>
        <translation>Next request: %1</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server can be reached again; what was kept is being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database server reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Chat from &amp;Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: add them in Settings › Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat was not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database server cannot be reached. Nothing was changed; try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServerEditor</name>
    <message>
        <source>Edit MCP Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add MCP Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program (stdio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL (Streamable HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One argument per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Va&amp;lue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keychain; type a new value to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP headers (a secret one, such as Authorization, goes to the keychain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables (a secret one, such as an API key, goes to the keychain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an MCP server named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; has no value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServersPage</name>
    <message>
        <source>&amp;Revoke &quot;always allow&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MCP server is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n tool(s).</source>
        <translation>
            <numerusform>Connected: %n tool.</numerusform>
            <numerusform>Connected: %n tools.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call of %1 is put to you first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always allowed: every tool of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always allowed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers from an mcpServers JSON file (Claude Desktop, Cursor, LM Studio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tools of the checked servers are offered to the model; every call is shown to you first unless you chose to always allow it. Secret values are kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: server &quot;%1&quot; cannot keep its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an MCP server named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no MCP server named &quot;%1&quot; any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove MCP Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the MCP server &quot;%1&quot; and its secrets from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1, but: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import MCP Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is already a server of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no keychain for its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s): %1.</source>
        <translation>
            <numerusform>Imported %n server: %1.</numerusform>
            <numerusform>Imported %n servers: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Generating</source>
        <translation>Generating</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Thinking…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message numerus="yes">
        <source>Context starts here — %n or more earlier message(s) not sent</source>
        <translation>
            <numerusform>Context starts here — %n or more earlier message not sent</numerusform>
            <numerusform>Context starts here — %n or more earlier messages not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Context starts here — %n earlier message(s) not sent</source>
        <translation>
            <numerusform>Context starts here — %n earlier message not sent</numerusform>
            <numerusform>Context starts here — %n earlier messages not sent</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message numerus="yes">
        <source>~%n token(s)</source>
        <translation>
            <numerusform>~%n token</numerusform>
            <numerusform>~%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in · %2 out tokens</source>
        <translation>%1 in · %2 out tokens</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous alternative</source>
        <translation>Previous alternative</translation>
    </message>
    <message>
        <source>Next alternative</source>
        <translation>Next alternative</translation>
    </message>
    <message>
        <source>Ask again for a new alternative reply (Ctrl+R for the last one)</source>
        <translation>Ask again for a new alternative reply (Ctrl+R for the last one)</translation>
    </message>
    <message>
        <source>Edit and resend as a new branch; the original stays available</source>
        <translation>Edit and resend as a new branch; the original stays available</translation>
    </message>
    <message>
        <source>The server dropped part of the history: it read far fewer tokens than were sent. Lower the context length in the chat&apos;s settings, or start a new chat.</source>
        <translation>The server dropped part of the history: it read far fewer tokens than were sent. Lower the context length in the chat&apos;s settings, or start a new chat.</translation>
    </message>
    <message>
        <source>Cut off at the length limit.</source>
        <translation>Cut off at the length limit.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>%1: open it full size, or save it</source>
        <translation>%1: open it full size, or save it</translation>
    </message>
    <message>
        <source>Cut off: the program writing this reply stopped (a crash, or it was killed). The text that arrived is kept; Retry asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before any text</source>
        <translation>Stopped before any text</translation>
    </message>
    <message>
        <source>Interrupted before any text</source>
        <translation>Interrupted before any text</translation>
    </message>
    <message>
        <source>(empty reply)</source>
        <translation>(empty reply)</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Thinking</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copy message</translation>
    </message>
    <message>
        <source>Regenerate reply</source>
        <translation>Regenerate reply</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Edit and resend</translation>
    </message>
    <message>
        <source>Copy code block %1</source>
        <translation>Copy code block %1</translation>
    </message>
    <message>
        <source>Hide thinking</source>
        <translation>Hide thinking</translation>
    </message>
    <message>
        <source>Show thinking</source>
        <translation>Show thinking</translation>
    </message>
    <message>
        <source>Continue the reply</source>
        <translation>Continue the reply</translation>
    </message>
    <message>
        <source>Hide the text of %1</source>
        <translation>Hide the text of %1</translation>
    </message>
    <message>
        <source>Show the text of %1</source>
        <translation>Show the text of %1</translation>
    </message>
    <message>
        <source>Show or hide the text in the chat</source>
        <translation>Show or hide the text in the chat</translation>
    </message>
    <message>
        <source>Hide the tool step&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tool step&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDocumentCache</name>
    <message numerus="yes">
        <source>[… %n more character(s) not shown here: Copy or “Select text…” has the whole message]</source>
        <translation>
            <numerusform>[… %n more character not shown here: Copy or “Select text…” has the whole message]</numerusform>
            <numerusform>[… %n more characters not shown here: Copy or “Select text…” has the whole message]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Edit message</source>
        <translation>Edit message</translation>
    </message>
    <message>
        <source>Save &amp;&amp; send</source>
        <translation>Save &amp;&amp; send</translation>
    </message>
    <message>
        <source>Send the edited message as a new branch (Ctrl+Enter)</source>
        <translation>Send the edited message as a new branch (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends · Esc cancels</source>
        <translation>Ctrl+Enter sends · Esc cancels</translation>
    </message>
    <message>
        <source>Edit the message; Ctrl+Enter sends it as a new branch</source>
        <translation>Edit the message; Ctrl+Enter sends it as a new branch</translation>
    </message>
</context>
<context>
    <name>MessageViewer</name>
    <message>
        <source>Message text</source>
        <translation>Message text</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>Copy &amp;all</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>Close notice</translation>
    </message>
</context>
<context>
    <name>OpenWebUiImporter</name>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation>%1 has no &quot;id&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;chat.history.messages&quot; is missing or not an object</source>
        <translation>%1: &quot;chat.history.messages&quot; is missing or not an object</translation>
    </message>
    <message>
        <source>%1: message &quot;%2&quot; is not an object</source>
        <translation>%1: message &quot;%2&quot; is not an object</translation>
    </message>
    <message>
        <source>%1: message &quot;%2&quot; has a &quot;content&quot; that is not text</source>
        <translation>%1: message &quot;%2&quot; has a &quot;content&quot; that is not text</translation>
    </message>
    <message>
        <source>%1: the parentId links of some messages form a cycle</source>
        <translation>%1: the parentId links of some messages form a cycle</translation>
    </message>
    <message>
        <source>%1: &quot;currentId&quot; names a message that is not in the chat</source>
        <translation>%1: &quot;currentId&quot; names a message that is not in the chat</translation>
    </message>
</context>
<context>
    <name>PresetCommands</name>
    <message>
        <source>new: start the chat from this preset (confab-cli presets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presets add: the sampling temperature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown presets command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no preset &quot;%1&quot;: %2 has none (confab-cli presets add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no preset &quot;%1&quot;; the presets are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No presets in %1; add one with confab-cli presets add NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished">NAME</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished">MODEL</translation>
    </message>
    <message>
        <source>SYSTEM PROMPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presets add needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presets remove needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no preset &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presets import needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n preset(s) imported</source>
        <translation>
            <numerusform>%n preset imported</numerusform>
            <numerusform>%n presets imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;presets&quot; list in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetsPage</name>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Code reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. You review C++ code and point out bugs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation type="unfinished">Default provider</translation>
    </message>
    <message>
        <source>The provider&apos;s model</source>
        <translation type="unfinished">The provider&apos;s model</translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished">Default</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished">JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>System &amp;prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished">&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished">&amp;Temperature:</translation>
    </message>
    <message>
        <source>&amp;History limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;ken budget:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM, LM Studio…)</source>
        <translation>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM, LM Studio…)</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Ollama (native API)</source>
        <translation>Ollama (native API)</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>Not needed for local servers</source>
        <translation>Not needed for local servers</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpoint URL</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocol:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL first.</source>
        <translation>Enter the server&apos;s URL first.</translation>
    </message>
    <message>
        <source>This protocol is not supported.</source>
        <translation>This protocol is not supported.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the server offers %n model(s).</source>
        <translation>
            <numerusform>Connected: the server offers %n model.</numerusform>
            <numerusform>Connected: the server offers %n models.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Could not connect: %1</translation>
    </message>
    <message>
        <source>It does not offer “%1”; “%2” is chosen instead.</source>
        <translation>It does not offer “%1”; “%2” is chosen instead.</translation>
    </message>
    <message>
        <source>The server reads PDFs: send them as files, not as their text</source>
        <translation>The server reads PDFs: send them as files, not as their text</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>The API key was rejected by %1 (HTTP 401)</source>
        <translation>The API key was rejected by %1 (HTTP 401)</translation>
    </message>
    <message>
        <source>Check the key for this provider in Settings.</source>
        <translation>Check the key for this provider in Settings.</translation>
    </message>
    <message>
        <source>Access denied by %1 (HTTP 403)</source>
        <translation>Access denied by %1 (HTTP 403)</translation>
    </message>
    <message>
        <source>Check the API key and its permissions in Settings.</source>
        <translation>Check the API key and its permissions in Settings.</translation>
    </message>
    <message>
        <source>Endpoint %1 not found on %2 (HTTP 404)</source>
        <translation>Endpoint %1 not found on %2 (HTTP 404)</translation>
    </message>
    <message>
        <source>Model “%1” or endpoint %2 not found on %3 (HTTP 404)</source>
        <translation>Model “%1” or endpoint %2 not found on %3 (HTTP 404)</translation>
    </message>
    <message>
        <source>Check the model name and the base URL in Settings.</source>
        <translation>Check the model name and the base URL in Settings.</translation>
    </message>
    <message>
        <source>Rate limited by %1 (HTTP 429)</source>
        <translation>Rate limited by %1 (HTTP 429)</translation>
    </message>
    <message>
        <source>Try again in %1 s.</source>
        <translation>Try again in %1 s.</translation>
    </message>
    <message>
        <source>Try again shortly.</source>
        <translation>Try again shortly.</translation>
    </message>
    <message>
        <source>Server error at %1 (HTTP %2)</source>
        <translation>Server error at %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Try again later.</translation>
    </message>
    <message>
        <source>The request was rejected by %1 (HTTP %2)</source>
        <translation>The request was rejected by %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Could not connect to %1: is the server running? (%2)</source>
        <translation>Could not connect to %1: is the server running? (%2)</translation>
    </message>
    <message>
        <source>Could not open a secure connection to %1: %2</source>
        <translation>Could not open a secure connection to %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address: check the base URL in Settings.</source>
        <translation>“%1” is not a valid server address: check the base URL in Settings.</translation>
    </message>
    <message>
        <source>Could not connect through the proxy: %1</source>
        <translation>Could not connect through the proxy: %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the reply (%2); the partial reply was kept.</source>
        <translation>The connection to %1 was lost during the reply (%2); the partial reply was kept.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 closed the connection without answering.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Network error talking to %1: %2</translation>
    </message>
    <message>
        <source>The reply from %1 timed out: nothing arrived for %2 s; the partial reply was kept.</source>
        <translation>The reply from %1 timed out: nothing arrived for %2 s; the partial reply was kept.</translation>
    </message>
    <message>
        <source>The request to %1 timed out: no answer for %2 s.</source>
        <translation>The request to %1 timed out: no answer for %2 s.</translation>
    </message>
    <message>
        <source>The server is overloaded</source>
        <translation>The server is overloaded</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Try again in a moment.</translation>
    </message>
    <message>
        <source>The server reported an error</source>
        <translation>The server reported an error</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of a chat stream</source>
        <translation>%1 answered with a web page instead of a chat stream</translation>
    </message>
    <message>
        <source>Check the base URL in Settings.</source>
        <translation>Check the base URL in Settings.</translation>
    </message>
    <message>
        <source>%1 answered with JSON instead of a stream: it may not support streaming.</source>
        <translation>%1 answered with JSON instead of a stream: it may not support streaming.</translation>
    </message>
    <message>
        <source>%1 sent %2 events that could not be read and nothing usable.</source>
        <translation>%1 sent %2 events that could not be read and nothing usable.</translation>
    </message>
    <message>
        <source>%1 sent an empty reply.</source>
        <translation>%1 sent an empty reply.</translation>
    </message>
    <message>
        <source>The reply from %1 was not a chat stream (content type “%2”).</source>
        <translation>The reply from %1 was not a chat stream (content type “%2”).</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the reply was complete; the partial reply was kept.</source>
        <translation>The connection to %1 closed before the reply was complete; the partial reply was kept.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2, which is not encrypted (http); Confab refused to follow.</source>
        <translation>%1 redirected the request to %2, which is not encrypted (http); Confab refused to follow.</translation>
    </message>
    <message>
        <source>%1 redirected the request to another server, %2; Confab refused to follow, as it sends the API key and the messages only to the endpoint in Settings.</source>
        <translation>%1 redirected the request to another server, %2; Confab refused to follow, as it sends the API key and the messages only to the endpoint in Settings.</translation>
    </message>
    <message>
        <source>If that address is right, make it the endpoint in Settings.</source>
        <translation>If that address is right, make it the endpoint in Settings.</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times; Confab gave up. Check the base URL in Settings.</source>
        <translation>%1 redirected the request more than %2 times; Confab gave up. Check the base URL in Settings.</translation>
    </message>
    <message>
        <source>%1 ended the reply without sending any text.</source>
        <translation>%1 ended the reply without sending any text.</translation>
    </message>
    <message>
        <source>Try again, or check the server&apos;s log.</source>
        <translation>Try again, or check the server&apos;s log.</translation>
    </message>
    <message>
        <source>%1 sent one stream event larger than %2 MiB, so the reply was cut there; the text before it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent one line of its stream larger than %2 MiB, so the reply was cut there; the text before it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error body from %1 was larger than %2 MiB; only its start was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model list from %1 is larger than %2 MiB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuedMessageBar</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Edit</translation>
    </message>
    <message>
        <source>Take the message back into the box; it is not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the database server: your message is sent when it can be reached again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the database server: “%1” is sent when it can be reached again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDelegate</name>
    <message>
        <source>Chat title</source>
        <translation>Chat title</translation>
    </message>
</context>
<context>
    <name>SessionExporter</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message numerus="yes">
        <source>Exported from Confab · created %1 · %n message(s)</source>
        <translation>
            <numerusform>Exported from Confab · created %1 · %n message</numerusform>
            <numerusform>Exported from Confab · created %1 · %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System prompt</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>There is no session %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Attached: %1</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Pinned</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Previous 7 days</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>Previous 30 days</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Older</translation>
    </message>
</context>
<context>
    <name>SessionSettingsDialog</name>
    <message>
        <source>Chat settings — %1</source>
        <translation>Chat settings — %1</translation>
    </message>
    <message>
        <source>The app&apos;s default (none)</source>
        <translation>The app&apos;s default (none)</translation>
    </message>
    <message>
        <source>The app&apos;s default: %1</source>
        <translation>The app&apos;s default: %1</translation>
    </message>
    <message>
        <source>System prompt for this chat</source>
        <translation>System prompt for this chat</translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation>Default provider</translation>
    </message>
    <message>
        <source>Provider for this chat</source>
        <translation>Provider for this chat</translation>
    </message>
    <message>
        <source>The provider&apos;s model</source>
        <translation>The provider&apos;s model</translation>
    </message>
    <message>
        <source>Model for this chat</source>
        <translation>Model for this chat</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Default (%1)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>History limit in messages</source>
        <translation>History limit in messages</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Token budget</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>&amp;System prompt:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperature:</translation>
    </message>
    <message>
        <source>&amp;History limit (messages, 0 = none):</source>
        <translation>&amp;History limit (messages, 0 = none):</translation>
    </message>
    <message>
        <source>Token &amp;budget (0 = none):</source>
        <translation>Token &amp;budget (0 = none):</translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation>the server&apos;s</translation>
    </message>
    <message>
        <source>Context length in tokens</source>
        <translation>Context length in tokens</translation>
    </message>
    <message>
        <source>&amp;Context length (tokens, 0 = the server&apos;s):</source>
        <translation>&amp;Context length (tokens, 0 = the server&apos;s):</translation>
    </message>
</context>
<context>
    <name>SessionSidebar</name>
    <message>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <source>Search all chats (Ctrl+K)</source>
        <translation>Search all chats (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Search chats</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Start a new chat (Ctrl+N)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Un&amp;pin</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Pin</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>No chats yet.
Start one with New chat (Ctrl+N).</source>
        <translation>No chats yet.
Start one with New chat (Ctrl+N).</translation>
    </message>
    <message>
        <source>No chat contains “%1”.</source>
        <translation>No chat contains “%1”.</translation>
    </message>
    <message>
        <source>Chat &amp;Settings…</source>
        <translation>Chat &amp;Settings…</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Cannot create the folder %1 for the database.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Confab database (%2). It was left untouched; move it aside to start with a fresh one.</source>
        <translation>The database %1 is damaged or is not a Confab database (%2). It was left untouched; move it aside to start with a fresh one.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a Confab database. It was left untouched; move it aside to start with a fresh one.</source>
        <translation>The file %1 is damaged or is not a Confab database. It was left untouched; move it aside to start with a fresh one.</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2</source>
        <translation>Cannot set up the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: it was written by a newer version of Confab (schema %2, this version knows %3). Update Confab to open it; the file was not changed.</source>
        <translation>Cannot open the database %1: it was written by a newer version of Confab (schema %2, this version knows %3). Update Confab to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging (journal mode is &quot;%2&quot;); it may be on a network or read-only file system.</source>
        <translation>The database %1 cannot use write-ahead logging (journal mode is &quot;%2&quot;); it may be on a network or read-only file system.</translation>
    </message>
    <message>
        <source>The disk is full: Confab could not save your latest change. Free some space; nothing already saved is lost.</source>
        <translation>The disk is full: Confab could not save your latest change. Free some space; nothing already saved is lost.</translation>
    </message>
    <message>
        <source>The database %1 is read-only: changes cannot be saved.</source>
        <translation>The database %1 is read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>The database is busy: another program kept it locked for too long. Try again.</source>
        <translation>The database is busy: another program kept it locked for too long. Try again.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2).</source>
        <translation>The database %1 is damaged (%2).</translation>
    </message>
    <message>
        <source>Cannot read or write the database %1 (%2).</source>
        <translation>Cannot read or write the database %1 (%2).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of a database file in it (e.g. %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a URL; the database must be a file on this computer (e.g. ~/chats.sqlite) or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: this Confab has no PostgreSQL driver (Qt&apos;s QPSQL plugin, Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 of the chat &quot;%2&quot; comes before its parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 of the chat &quot;%2&quot; is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached (%2). Confab reconnects by itself: a reply being written is kept and saved then, and a message sent meanwhile is sent then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Providers</translation>
    </message>
    <message>
        <source>&amp;Chat defaults</source>
        <translation>&amp;Chat defaults</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>Provider profiles</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Custom server…</source>
        <translation>Custom server…</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Custom server</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Use by &amp;default</source>
        <translation>Use by &amp;default</translation>
    </message>
    <message>
        <source>e.g. You are a helpful assistant.</source>
        <translation>e.g. You are a helpful assistant.</translation>
    </message>
    <message>
        <source>Default system prompt</source>
        <translation>Default system prompt</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Provider default</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>History limit in messages</source>
        <translation>History limit in messages</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Token budget</translation>
    </message>
    <message>
        <source>Older messages beyond these limits stay in the chat but are not sent; the chat shows where the sent part starts. Each chat can override these.</source>
        <translation>Older messages beyond these limits stay in the chat but are not sent; the chat shows where the sent part starts. Each chat can override these.</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>&amp;System prompt:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperature:</translation>
    </message>
    <message>
        <source>&amp;History limit (messages):</source>
        <translation>&amp;History limit (messages):</translation>
    </message>
    <message>
        <source>Token &amp;budget:</source>
        <translation>Token &amp;budget:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>Not needed for local servers</source>
        <translation>Not needed for local servers</translation>
    </message>
    <message>
        <source>Stored in the system keychain; type to replace</source>
        <translation>Stored in the system keychain; type to replace</translation>
    </message>
    <message>
        <source>The profile “%1” needs a name and an http(s) endpoint URL.</source>
        <translation>The profile “%1” needs a name and an http(s) endpoint URL.</translation>
    </message>
    <message>
        <source>The server&apos;s</source>
        <translation>The server&apos;s</translation>
    </message>
    <message>
        <source>Context length in tokens</source>
        <translation>Context length in tokens</translation>
    </message>
    <message>
        <source>How many tokens the model holds, prompt and reply together. Confab asks the server; set it here if the server does not say or says wrong.</source>
        <translation>How many tokens the model holds, prompt and reply together. Confab asks the server; set it here if the server does not say or says wrong.</translation>
    </message>
    <message>
        <source>&amp;Context length (tokens):</source>
        <translation>&amp;Context length (tokens):</translation>
    </message>
    <message>
        <source>No key saved (none is needed for local servers)</source>
        <translation>No key saved (none is needed for local servers)</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>The keychain could not be read: %1</translation>
    </message>
    <message>
        <source>Kept in memory until you quit; type to replace</source>
        <translation>Kept in memory until you quit; type to replace</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Checking the keychain…</translation>
    </message>
    <message>
        <source>P&amp;resets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name new chats: after the first reply, ask the chat&apos;s model for a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile that names chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chat&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model that names chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s model (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itles from:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCopyDialog</name>
    <message>
        <source>Copy Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening both databases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>Copied %1 of %2 chats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 chats copied, %3 already there, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything was copied; copy again to go on where this stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>Confab</source>
        <translation>Confab</translation>
    </message>
    <message>
        <source>Confab could not open its chat database.</source>
        <translation>Confab could not open its chat database.</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

File: %2</translation>
    </message>
    <message>
        <source>Move the damaged file aside and start fresh</source>
        <translation>Move the damaged file aside and start fresh</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The file could not be moved aside. Check the permissions of its folder, then start Confab again.</source>
        <translation>The file could not be moved aside. Check the permissions of its folder, then start Confab again.</translation>
    </message>
    <message>
        <source>The old file was kept as %1. Confab starts with an empty database.</source>
        <translation>The old file was kept as %1. Confab starts with an empty database.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Use the default database this time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSwitch</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab uses %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chats of the database in use now into it? Chats it has already are skipped; the database in use now is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to the database password: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitleGenerator</name>
    <message>
        <source>The model gave no title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolApproval</name>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may change things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destructive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not destructive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idempotent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not idempotent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaches outside systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed world</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolApprovalPanel</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always allow this &amp;tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always allow this &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments of the tool call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Run the tool %1 of the MCP server %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says nothing about what this tool does to your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says (unchecked): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s), all shown</source>
        <translation>
            <numerusform>%n character, all shown</numerusform>
            <numerusform>%n characters, all shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 from now on without asking (revoke in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every tool of %1 from now on without asking (revoke in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolStep</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tool reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished">stopped</translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool: %1 (offered to the model as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1, took %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnAttachments</name>
    <message>
        <source>The attachment &quot;%1&quot; is no longer stored; it cannot be sent.</source>
        <translation>The attachment &quot;%1&quot; is no longer stored; it cannot be sent.</translation>
    </message>
    <message>
        <source>The model %1 does not take images (its server says so). Remove &quot;%2&quot; or pick a vision model.</source>
        <translation>The model %1 does not take images (its server says so). Remove &quot;%2&quot; or pick a vision model.</translation>
    </message>
    <message>
        <source>%1 has no text layer (scanned?); this model gets PDFs as text — attach page images instead or use a provider that reads PDFs.</source>
        <translation>%1 has no text layer (scanned?); this model gets PDFs as text — attach page images instead or use a provider that reads PDFs.</translation>
    </message>
    <message>
        <source>The attachments of this message come to %1 as sent; %2 takes at most %3 per request. Remove some, or send them in several messages.</source>
        <translation>The attachments of this message come to %1 as sent; %2 takes at most %3 per request. Remove some, or send them in several messages.</translation>
    </message>
    <message>
        <source>[The image %1 is left out here: the request would be too large.]</source>
        <translation>[The image %1 is left out here: the request would be too large.]</translation>
    </message>
    <message>
        <source>The files this chat sends come to %1, more than %2 takes per request (%3), even without earlier images. Start a new chat for more files, or send less.</source>
        <translation>The files this chat sends come to %1, more than %2 takes per request (%3), even without earlier images. Start a new chat for more files, or send less.</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>not a readable zip archive (%1)</source>
        <translation>not a readable zip archive (%1)</translation>
    </message>
    <message>
        <source>%1 in the archive is larger than %2 MB</source>
        <translation>%1 in the archive is larger than %2 MB</translation>
    </message>
    <message>
        <source>cannot open %1 in the archive (%2)</source>
        <translation>cannot open %1 in the archive (%2)</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (%2)</source>
        <translation>%1 in the archive is damaged (%2)</translation>
    </message>
    <message>
        <source>the archive has no %1</source>
        <translation>the archive has no %1</translation>
    </message>
    <message>
        <source>this build of Confab cannot read .zip files; extract %1 and import that</source>
        <translation>this build of Confab cannot read .zip files; extract %1 and import that</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop chat client for large language models</source>
        <translation>Desktop chat client for large language models</translation>
    </message>
    <message>
        <source>Settings (INI) file to use.</source>
        <translation>Settings (INI) file to use.</translation>
    </message>
    <message>
        <source>Quit after this many milliseconds.</source>
        <translation>Quit after this many milliseconds.</translation>
    </message>
    <message>
        <source>Use a dark palette.</source>
        <translation>Use a dark palette.</translation>
    </message>
    <message>
        <source>Database file or postgresql:// URL to use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
