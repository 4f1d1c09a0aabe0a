<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChatController</name>
    <message>
        <source>Open or create a chat first.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Chat.</translation>
    </message>
    <message>
        <source>Your message could not be saved: %1</source>
        <translation>Ihre Nachricht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No model is chosen. Pick one in Settings.</source>
        <translation>Kein Modell gewählt. Wählen Sie eines in den Einstellungen.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; is not supported.</source>
        <translation>Der Anbieter „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The reply could not be saved: %1</source>
        <translation>Die Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Code copied</source>
        <translation>Code kopiert</translation>
    </message>
    <message>
        <source>Message copied</source>
        <translation>Nachricht kopiert</translation>
    </message>
    <message>
        <source>The reply failed: %1</source>
        <translation>Die Antwort ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Select text…</source>
        <translation>Text &amp;auswählen…</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu generieren</translation>
    </message>
    <message>
        <source>&amp;Edit and resend…</source>
        <translation>&amp;Bearbeiten und erneut senden…</translation>
    </message>
    <message>
        <source>&amp;Previous alternative</source>
        <translation>&amp;Vorherige Alternative</translation>
    </message>
    <message>
        <source>&amp;Next alternative</source>
        <translation>&amp;Nächste Alternative</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Eingabe)</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Antwort anhalten</translation>
    </message>
    <message>
        <source>Stop the reply; the text received so far is kept (Esc)</source>
        <translation>Antwort anhalten; der bisher empfangene Text bleibt erhalten (Esc)</translation>
    </message>
</context>
<context>
    <name>ComposerEdit</name>
    <message>
        <source>Message the model… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht an das Modell… (Eingabe zum Senden, Umschalt+Eingabe für eine neue Zeile)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Confab</source>
        <translation>Willkommen bei Confab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Confab&lt;/h3&gt;&lt;p&gt;Confab talks to a language model server. It starts with a local &lt;a href=&quot;https://ollama.com&quot;&gt;Ollama&lt;/a&gt; on this computer; you can also pick OpenAI, Anthropic, Gemini or any OpenAI-compatible server.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Test connection&lt;/b&gt; to check the server and choose a model. API keys are kept in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Willkommen bei Confab&lt;/h3&gt;&lt;p&gt;Confab spricht mit einem Server für Sprachmodelle. Voreingestellt ist ein lokales &lt;a href=&quot;https://ollama.com&quot;&gt;Ollama&lt;/a&gt; auf diesem Computer; Sie können auch OpenAI, Anthropic, Gemini oder einen beliebigen OpenAI-kompatiblen Server wählen.&lt;/p&gt;&lt;p&gt;Klicken Sie auf &lt;b&gt;Verbindung testen&lt;/b&gt;, um den Server zu prüfen und ein Modell zu wählen. API-Schlüssel werden im Schlüsselbund des Systems aufbewahrt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Local Ollama</source>
        <translation>Lokales Ollama</translation>
    </message>
    <message>
        <source>&amp;Start chatting</source>
        <translation>&amp;Loslegen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Please give the profile a name and an http(s) endpoint URL.</source>
        <translation>Bitte geben Sie dem Profil einen Namen und eine http(s)-Adresse.</translation>
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
        <translation>Modell</translation>
    </message>
    <message>
        <source>Estimated size of the next request</source>
        <translation>Geschätzte Größe der nächsten Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>Next request: ~%n token(s)</source>
        <translation>
            <numerusform>Nächste Anfrage: ~%n Token</numerusform>
            <numerusform>Nächste Anfrage: ~%n Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>over the budget</source>
        <translation>über dem Budget</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>&amp;Export Chat…</source>
        <translation>Chat &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Chat Se&amp;ttings…</source>
        <translation>Chat-Einstell&amp;ungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find in Chats</source>
        <translation>In Chats &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Copy Last Reply</source>
        <translation>Letzte Antwort &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Regenerate Reply</source>
        <translation>Antwort &amp;neu generieren</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Re&amp;name Chat…</source>
        <translation>Chat &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Pin/Unpin Chat</source>
        <translation>Chat an&amp;heften/lösen</translation>
    </message>
    <message>
        <source>&amp;Delete Chat</source>
        <translation>Chat &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;About Confab</source>
        <translation>Ü&amp;ber Confab</translation>
    </message>
    <message>
        <source>About Confab</source>
        <translation>Über Confab</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confab&lt;/b&gt; %1&lt;br&gt;A desktop chat client for large language models.&lt;br&gt;Every chat lives in one database: what you see is what the model is sent.</source>
        <translation>&lt;b&gt;Confab&lt;/b&gt; %1&lt;br&gt;Ein Desktop-Chat-Programm für große Sprachmodelle.&lt;br&gt;Jeder Chat liegt in einer Datenbank: Was Sie sehen, bekommt das Modell.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>No model chosen</source>
        <translation>Kein Modell gewählt</translation>
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
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
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
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <source>The chat could not be exported: %1</source>
        <translation>Der Chat konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Could not save to the database: %1</source>
        <translation>Speichern in der Datenbank fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Storage error: %1</source>
        <translation>Speicherfehler: %1</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Generating</source>
        <translation>Schreibt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Überlegung…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message numerus="yes">
        <source>Context starts here — %n or more earlier message(s) not sent</source>
        <translation>
            <numerusform>Kontext beginnt hier — %n oder mehr frühere Nachricht nicht gesendet</numerusform>
            <numerusform>Kontext beginnt hier — %n oder mehr frühere Nachrichten nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Context starts here — %n earlier message(s) not sent</source>
        <translation>
            <numerusform>Kontext beginnt hier — %n frühere Nachricht nicht gesendet</numerusform>
            <numerusform>Kontext beginnt hier — %n frühere Nachrichten nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message numerus="yes">
        <source>~%n token(s)</source>
        <translation>
            <numerusform>~%n Token</numerusform>
            <numerusform>~%n Token</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in · %2 out tokens</source>
        <translation>%1 Token hinein · %2 heraus</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous alternative</source>
        <translation>Vorherige Alternative</translation>
    </message>
    <message>
        <source>Next alternative</source>
        <translation>Nächste Alternative</translation>
    </message>
    <message>
        <source>Ask again for a new alternative reply (Ctrl+R for the last one)</source>
        <translation>Erneut fragen, für eine alternative Antwort (Strg+R für die letzte)</translation>
    </message>
    <message>
        <source>Edit and resend as a new branch; the original stays available</source>
        <translation>Bearbeiten und als neuen Zweig senden; das Original bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Edit message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Save &amp;&amp; send</source>
        <translation>Speichern &amp;&amp; senden</translation>
    </message>
    <message>
        <source>Send the edited message as a new branch (Ctrl+Enter)</source>
        <translation>Die bearbeitete Nachricht als neuen Zweig senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MessageViewer</name>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>&amp;Alles kopieren</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM, LM Studio…)</source>
        <translation>OpenAI-kompatibel (OpenAI, Ollama, llama.cpp, vLLM, LM Studio…)</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Ollama (native API)</source>
        <translation>Ollama (eigene API)</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>Not needed for local servers</source>
        <translation>Für lokale Server nicht nötig</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Adresse des Servers</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL first.</source>
        <translation>Geben Sie zuerst die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>This protocol is not supported.</source>
        <translation>Dieses Protokoll wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the server offers %n model(s).</source>
        <translation>
            <numerusform>Verbunden: Der Server bietet %n Modell an.</numerusform>
            <numerusform>Verbunden: Der Server bietet %n Modelle an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Keine Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
</context>
<context>
    <name>SessionSettingsDialog</name>
    <message>
        <source>Chat settings — %1</source>
        <translation>Chat-Einstellungen — %1</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>The app&apos;s default (none)</source>
        <translation>Vorgabe der App (keiner)</translation>
    </message>
    <message>
        <source>The app&apos;s default: %1</source>
        <translation>Vorgabe der App: %1</translation>
    </message>
    <message>
        <source>System prompt for this chat</source>
        <translation>Systemanweisung für diesen Chat</translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation>Standardanbieter</translation>
    </message>
    <message>
        <source>Provider for this chat</source>
        <translation>Anbieter für diesen Chat</translation>
    </message>
    <message>
        <source>The provider&apos;s model</source>
        <translation>Das Modell des Anbieters</translation>
    </message>
    <message>
        <source>Model for this chat</source>
        <translation>Modell für diesen Chat</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>History limit in messages</source>
        <translation>Verlaufsgrenze in Nachrichten</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Token-Budget</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>&amp;Systemanweisung:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>&amp;History limit (messages, 0 = none):</source>
        <translation>&amp;Verlaufsgrenze (Nachrichten, 0 = keine):</translation>
    </message>
    <message>
        <source>Token &amp;budget (0 = none):</source>
        <translation>Token-&amp;Budget (0 = keins):</translation>
    </message>
</context>
<context>
    <name>SessionSidebar</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Search all chats (Ctrl+K)</source>
        <translation>Alle Chats durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Einen neuen Chat beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>An&amp;heften</translation>
    </message>
    <message>
        <source>Session &amp;settings…</source>
        <translation>Chat-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>&amp;Chat defaults</source>
        <translation>&amp;Chat-Vorgaben</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>Anbieterprofile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Custom server…</source>
        <translation>Eigener Server…</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Eigener Server</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Use by &amp;default</source>
        <translation>Als &amp;Standard verwenden</translation>
    </message>
    <message>
        <source>e.g. You are a helpful assistant.</source>
        <translation>z. B. Du bist ein hilfreicher Assistent.</translation>
    </message>
    <message>
        <source>Default system prompt</source>
        <translation>Standard-Systemanweisung</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Vorgabe des Anbieters</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>History limit in messages</source>
        <translation>Verlaufsgrenze in Nachrichten</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Token-Budget</translation>
    </message>
    <message>
        <source>Older messages beyond these limits stay in the chat but are not sent; the chat shows where the sent part starts. Each chat can override these.</source>
        <translation>Ältere Nachrichten jenseits dieser Grenzen bleiben im Chat, werden aber nicht gesendet; der Chat zeigt, wo der gesendete Teil beginnt. Jeder Chat kann diese Werte überschreiben.</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>&amp;Systemanweisung:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>&amp;History limit (messages):</source>
        <translation>&amp;Verlaufsgrenze (Nachrichten):</translation>
    </message>
    <message>
        <source>Token &amp;budget:</source>
        <translation>Token-&amp;Budget:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Not needed for local servers</source>
        <translation>Für lokale Server nicht nötig</translation>
    </message>
    <message>
        <source>Stored in the system keychain; type to replace</source>
        <translation>Im Schlüsselbund des Systems gespeichert; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>The profile “%1” needs a name and an http(s) endpoint URL.</source>
        <translation>Das Profil „%1“ braucht einen Namen und eine http(s)-Adresse.</translation>
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
        <translation>Confab konnte seine Chat-Datenbank nicht öffnen.</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Datei: %2</translation>
    </message>
    <message>
        <source>Move the damaged file aside and start fresh</source>
        <translation>Beschädigte Datei beiseitelegen und neu beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The file could not be moved aside. Check the permissions of its folder, then start Confab again.</source>
        <translation>Die Datei konnte nicht beiseitegelegt werden. Prüfen Sie die Rechte ihres Ordners und starten Sie Confab erneut.</translation>
    </message>
    <message>
        <source>The old file was kept as %1. Confab starts with an empty database.</source>
        <translation>Die alte Datei wurde als %1 aufbewahrt. Confab beginnt mit einer leeren Datenbank.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop chat client for large language models</source>
        <translation>Desktop-Chat-Programm für große Sprachmodelle</translation>
    </message>
    <message>
        <source>Database file to use.</source>
        <translation>Zu verwendende Datenbankdatei.</translation>
    </message>
    <message>
        <source>Settings (INI) file to use.</source>
        <translation>Zu verwendende Einstellungsdatei (INI).</translation>
    </message>
    <message>
        <source>Quit after this many milliseconds.</source>
        <translation>Nach so vielen Millisekunden beenden.</translation>
    </message>
    <message>
        <source>Fill a temporary database with a demo chat, save a picture of the window to this file and quit.</source>
        <translation>Eine temporäre Datenbank mit einem Beispiel-Chat füllen, ein Bild des Fensters in diese Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>Use a dark palette.</source>
        <translation>Eine dunkle Farbpalette verwenden.</translation>
    </message>
</context>
</TS>
