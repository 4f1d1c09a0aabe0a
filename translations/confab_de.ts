<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiKeyStore</name>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>No API key is stored for this profile (not found in the keychain).</source>
        <translation>Für dieses Profil ist kein API-Schlüssel gespeichert (nicht im Schlüsselbund gefunden).</translation>
    </message>
    <message>
        <source>No keychain is available to store API keys%1. Confab never saves keys in plain text. On Linux, run a Secret Service such as GNOME Keyring or KWallet, with an unlocked default keyring, in your desktop session (it needs a D-Bus session bus). Until then, give the key for each run: confab-cli reads it from the %2 environment variable, and the app asks for it and keeps it in memory only until you quit.</source>
        <translation>Es ist kein Schlüsselbund zum Speichern von API-Schlüsseln verfügbar%1. Confab speichert Schlüssel nie im Klartext. Starten Sie unter Linux in Ihrer Desktop-Sitzung einen Secret Service wie GNOME Keyring oder KWallet mit einem entsperrten Standard-Schlüsselbund (dafür ist ein D-Bus-Sitzungsbus nötig). Bis dahin geben Sie den Schlüssel bei jedem Start an: confab-cli liest ihn aus der Umgebungsvariable %2, und die App fragt danach und behält ihn nur bis zum Beenden im Speicher.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied%1. Unlock your keyring (or allow Confab to use it) and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert%1. Entsperren Sie Ihren Schlüsselbund (oder erlauben Sie Confab, ihn zu verwenden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time%1. Check that your keyring is unlocked and not waiting for a password prompt.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet%1. Prüfen Sie, ob Ihr Schlüsselbund entsperrt ist und nicht auf die Eingabe eines Passworts wartet.</translation>
    </message>
    <message>
        <source>The keychain reported an error%1.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet%1.</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Das eingefügte Bild konnte nicht gelesen werden.</translation>
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
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
</context>
<context>
    <name>AttachmentExport</name>
    <message>
        <source>The attachment &quot;%1&quot; could not be read from the database.</source>
        <translation>Der Anhang „%1“ konnte nicht aus der Datenbank gelesen werden.</translation>
    </message>
    <message>
        <source>%1: &quot;attachments&quot; must be a list of at most %2 files</source>
        <translation>%1: „attachments“ muss eine Liste von höchstens %2 Dateien sein</translation>
    </message>
    <message>
        <source>%1: the attachment &quot;%2&quot; is damaged (its sha256 does not match its data)</source>
        <translation>%1: Der Anhang „%2“ ist beschädigt (seine sha256 passt nicht zu seinen Daten)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentFile</name>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; attachments can be at most %3.</source>
        <translation>„%1“ ist %2 groß; Anhänge dürfen höchstens %3 groß sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be attached: Confab sends images, PDFs and text files, and this is %2 (%3).</source>
        <translation>„%1“ kann nicht angehängt werden: Confab sendet Bilder, PDFs und Textdateien, und dies ist %2 (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image Confab can read (%2).</source>
        <translation>„%1“ ist kein Bild, das Confab lesen kann (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2×%3 pixels; images can be at most %4 pixels on a side.</source>
        <translation>„%1“ hat %2×%3 Pixel; Bilder dürfen je Seite höchstens %4 Pixel haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PDF Confab can read (damaged or password-protected).</source>
        <translation>„%1“ ist kein PDF, das Confab lesen kann (beschädigt oder passwortgeschützt).</translation>
    </message>
    <message>
        <source>The text of &quot;%1&quot; is longer than %L2 characters; attach a part of it.</source>
        <translation>Der Text von „%1“ ist länger als %L2 Zeichen; hängen Sie einen Teil davon an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not UTF-8 text; save it as UTF-8 to attach it.</source>
        <translation>„%1“ ist kein UTF-8-Text; speichern Sie die Datei als UTF-8, um sie anzuhängen.</translation>
    </message>
    <message>
        <source>A message can carry at most %1 attachments.</source>
        <translation>Eine Nachricht kann höchstens %1 Anhänge haben.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
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
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, no text</source>
        <translation>%1 — %2, kein Text</translation>
    </message>
    <message>
        <source>%1 — %2, %L3 words</source>
        <translation>%1 — %2, %L3 Wörter</translation>
    </message>
    <message>
        <source>(This file has no text; a scanned PDF has only images of its pages.)</source>
        <translation>(Diese Datei hat keinen Text; ein gescanntes PDF enthält nur Bilder seiner Seiten.)</translation>
    </message>
    <message>
        <source>

… %L1 more characters: open the file to read all of it.</source>
        <translation>

… %L1 weitere Zeichen: Öffnen Sie die Datei, um alles zu lesen.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Text von %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Open or create a chat first.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Chat.</translation>
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
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>ChatGptImporter</name>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation>%1 hat keine „id“</translation>
    </message>
    <message>
        <source>%1: &quot;mapping&quot; is missing or not an object</source>
        <translation>%1: „mapping“ fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: node &quot;%2&quot; is not an object</source>
        <translation>%1: Knoten „%2“ ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: node &quot;%2&quot; has no &quot;content&quot; object</source>
        <translation>%1: Knoten „%2“ hat kein „content“-Objekt</translation>
    </message>
    <message>
        <source>%1: node &quot;%2&quot; has a &quot;message&quot; that is not an object</source>
        <translation>%1: Knoten „%2“ hat eine „message“, die kein Objekt ist</translation>
    </message>
    <message>
        <source>%1: node &quot;%2&quot; has &quot;children&quot; that is not a list</source>
        <translation>%1: Knoten „%2“ hat „children“, das keine Liste ist</translation>
    </message>
    <message>
        <source>%1: node &quot;%2&quot; lists a child that is not in &quot;mapping&quot;</source>
        <translation>%1: Knoten „%2“ nennt ein Kind, das nicht in „mapping“ steht</translation>
    </message>
    <message>
        <source>%1: &quot;current_node&quot; names a node no branch from the root reaches</source>
        <translation>%1: „current_node“ nennt einen Knoten, den kein Zweig von der Wurzel aus erreicht</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Model of this chat</source>
        <translation>Modell dieses Chats</translation>
    </message>
    <message>
        <source>Switch this chat&apos;s model</source>
        <translation>Das Modell dieses Chats wechseln</translation>
    </message>
    <message>
        <source>%1 · no model chosen</source>
        <translation>%1 · kein Modell gewählt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1 wird nach seinen Modellen gefragt …</translation>
    </message>
    <message>
        <source>This protocol is not supported.</source>
        <translation>Dieses Protokoll wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>No model list: %1</source>
        <translation>Keine Modellliste: %1</translation>
    </message>
    <message>
        <source>The server lists no models.</source>
        <translation>Der Server nennt keine Modelle.</translation>
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
    <message>
        <source>A reply is still being written: stop it or wait, then send your edit again.</source>
        <translation>Es wird noch eine Antwort geschrieben: Halten Sie sie an oder warten Sie, und senden Sie Ihre Änderung dann erneut.</translation>
    </message>
    <message>
        <source>The reply was cut off at the length limit.</source>
        <translation>Die Antwort wurde an der Längengrenze abgeschnitten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer stored.</source>
        <translation>„%1“ ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>A message already waits for the database server; send this one when the server can be reached again.</source>
        <translation>Eine Nachricht wartet bereits auf den Datenbankserver; senden Sie diese, wenn der Server wieder erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>ChatPreset</name>
    <message>
        <source>a preset has no name</source>
        <translation>eine Vorlage hat keinen Namen</translation>
    </message>
    <message>
        <source>preset &quot;%1&quot;: &quot;%2&quot; is not text</source>
        <translation>Vorlage „%1“: „%2“ ist kein Text</translation>
    </message>
    <message>
        <source>preset &quot;%1&quot;: &quot;settings&quot; is not an object</source>
        <translation>Vorlage „%1“: „settings“ ist kein Objekt</translation>
    </message>
    <message>
        <source>preset &quot;%1&quot;: &quot;%2&quot; is not a number ≥ 0</source>
        <translation>Vorlage „%1“: „%2“ ist keine Zahl ≥ 0</translation>
    </message>
</context>
<context>
    <name>ChatToolsBox</name>
    <message>
        <source>T&amp;ools from MCP servers</source>
        <translation>&amp;Werkzeuge von MCP-Servern</translation>
    </message>
    <message>
        <source>The app&apos;s servers (every enabled one)</source>
        <translation>Die Server der App (jeder aktivierte)</translation>
    </message>
    <message>
        <source>MCP servers of this chat</source>
        <translation>MCP-Server dieses Chats</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Type a message below to start.
Enter sends, Shift+Enter adds a line, Esc stops a reply.</source>
        <translation>Geben Sie unten eine Nachricht ein, um zu beginnen.
Eingabe sendet, Umschalt+Eingabe fügt eine Zeile ein, Esc hält eine Antwort an.</translation>
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
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>alternative %1 of %2</source>
        <translation>Alternative %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n button(s): Left and Right choose, Enter presses</source>
        <translation>
            <numerusform>%n Schaltfläche: Links und Rechts wählen, Eingabe drückt</numerusform>
            <numerusform>%n Schaltflächen: Links und Rechts wählen, Eingabe drückt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatboxImporter</name>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation>%1 hat keine „id“</translation>
    </message>
    <message>
        <source>%1: &quot;messages&quot; is missing or not a list</source>
        <translation>%1: „messages“ fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>%1: message %2 %3</source>
        <translation>%1: Nachricht %2: %3</translation>
    </message>
    <message>
        <source>%1: a message of fork &quot;%2&quot; %3</source>
        <translation>%1: eine Nachricht der Abzweigung „%2“: %3</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Settings file with profiles and defaults (default: the app&apos;s).</source>
        <translation>Einstellungsdatei mit Profilen und Vorgaben (Standard: die der App).</translation>
    </message>
    <message>
        <source>Title of a new session.</source>
        <translation>Titel eines neuen Chats.</translation>
    </message>
    <message>
        <source>System prompt of a new session.</source>
        <translation>Systemanweisung eines neuen Chats.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>How many rows at most.</source>
        <translation>Höchstens so viele Zeilen.</translation>
    </message>
    <message>
        <source>Server base URL, e.g. http://localhost:11434/v1.</source>
        <translation>Adresse des Servers, z. B. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Model name.</source>
        <translation>Name des Modells.</translation>
    </message>
    <message>
        <source>Protocol: openai, anthropic, ollama, gemini.</source>
        <translation>Protokoll: openai, anthropic, ollama, gemini.</translation>
    </message>
    <message>
        <source>Seconds without data before giving up.</source>
        <translation>Sekunden ohne Daten, bevor aufgegeben wird.</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>In diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Preview the context with this new message.</source>
        <translation>Den Kontext mit dieser neuen Nachricht vorab anzeigen.</translation>
    </message>
    <message>
        <source>History messages to send at most.</source>
        <translation>Höchstens so viele Nachrichten aus dem Verlauf senden.</translation>
    </message>
    <message>
        <source>Prompt tokens to send at most.</source>
        <translation>Höchstens so viele Token in der Anfrage senden.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message numerus="yes">
        <source>note: %n reply/replies cut off by a crash were marked as interrupted; their text is kept.</source>
        <translation>
            <numerusform>Hinweis: %n durch einen Absturz abgebrochene Antwort wurde als unterbrochen markiert; ihr Text bleibt erhalten.</numerusform>
            <numerusform>Hinweis: %n durch einen Absturz abgebrochene Antworten wurden als unterbrochen markiert; ihr Text bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>a session id is needed</source>
        <translation>eine Chat-ID ist nötig</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session id</source>
        <translation>„%1“ ist keine Chat-ID</translation>
    </message>
    <message>
        <source>there is no session %1</source>
        <translation>es gibt keinen Chat mit der ID %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>alternative %1 of %2</source>
        <translation>Alternative %1 von %2</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), about %1 tokens</source>
        <translation>
            <numerusform>%n Nachricht, etwa %1 Token</numerusform>
            <numerusform>%n Nachrichten, etwa %1 Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n earlier message(s) left out</source>
        <translation>
            <numerusform>; %n frühere Nachricht ausgelassen</numerusform>
            <numerusform>; %n frühere Nachrichten ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>the keychain refused access to the API key of &quot;%1&quot;: %2</source>
        <translation>der Schlüsselbund hat den Zugriff auf den API-Schlüssel von „%1“ verweigert: %2</translation>
    </message>
    <message>
        <source>note: %1 Set CONFAB_API_KEY to give the key for this run.</source>
        <translation>Hinweis: %1 Setzen Sie CONFAB_API_KEY, um den Schlüssel für diesen Aufruf anzugeben.</translation>
    </message>
    <message>
        <source>send needs the text of the message</source>
        <translation>send braucht den Text der Nachricht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL</source>
        <translation>„%1“ ist keine URL</translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot;</source>
        <translation>unbekannter Anbieter „%1“</translation>
    </message>
    <message>
        <source>send needs --model NAME</source>
        <translation>send braucht --model NAME</translation>
    </message>
    <message>
        <source>the message could not be sent</source>
        <translation>die Nachricht konnte nicht gesendet werden</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import braucht mindestens eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation>search braucht einen Suchbegriff</translation>
    </message>
    <message>
        <source>(cut off: the program writing this reply stopped; the text that arrived is kept)</source>
        <translation>(abgebrochen: das Programm, das diese Antwort schrieb, wurde beendet; der angekommene Text bleibt erhalten)</translation>
    </message>
    <message>
        <source>Send the API key over plain http to a host beyond this machine and its local network.</source>
        <translation>Den API-Schlüssel über unverschlüsseltes http an einen Rechner außerhalb dieses Geräts und seines lokalen Netzes senden.</translation>
    </message>
    <message>
        <source>Nothing was sent; use https, or --insecure to send it anyway.</source>
        <translation>Es wurde nichts gesendet; verwenden Sie https oder --insecure, um trotzdem zu senden.</translation>
    </message>
    <message>
        <source>Export format: json, md or html.</source>
        <translation>Exportformat: json, md oder html.</translation>
    </message>
    <message numerus="yes">
        <source>imported %1 (%2): %n chat(s), sessions %3</source>
        <translation>
            <numerusform>%1 (%2) importiert: %n Chat, Chat %3</numerusform>
            <numerusform>%1 (%2) importiert: %n Chats, Chats %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %1: %n chat(s) already imported</source>
        <translation>
            <numerusform>%1 übersprungen: %n Chat bereits importiert</numerusform>
            <numerusform>%1 übersprungen: %n Chats bereits importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) has no messages to import</source>
        <translation>%1 (%2) enthält keine Nachrichten zum Importieren</translation>
    </message>
    <message>
        <source>--format must be json, md or html</source>
        <translation>--format muss json, md oder html sein</translation>
    </message>
    <message>
        <source>The model&apos;s context in tokens (instead of the server&apos;s).</source>
        <translation>Der Kontext des Modells in Token (statt dem des Servers).</translation>
    </message>
    <message>
        <source> (server context %1, %2 kept for the reply)</source>
        <translation> (Serverkontext %1, %2 für die Antwort freigehalten)</translation>
    </message>
    <message>
        <source>warning: the newest message alone does not fit in the window; it is sent anyway.</source>
        <translation>Warnung: Die neueste Nachricht allein passt nicht ins Fenster; sie wird trotzdem gesendet.</translation>
    </message>
    <message>
        <source>note: the reply was cut off at the length limit.</source>
        <translation>Hinweis: Die Antwort wurde an der Längengrenze abgeschnitten.</translation>
    </message>
    <message>
        <source>note: the server dropped part of the history (it counted far fewer prompt tokens than were sent).</source>
        <translation>Hinweis: Der Server hat einen Teil des Verlaufs verworfen (er zählte weit weniger Token in der Anfrage, als gesendet wurden).</translation>
    </message>
    <message>
        <source>A file to send with the message (repeat for more).</source>
        <translation>Eine Datei, die mit der Nachricht gesendet wird (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>attached: %1 (%2, %3)</source>
        <translation>angehängt: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>attached: %1 (%2)</source>
        <translation>angehängt: %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Einer der Befehle unten.</translation>
    </message>
    <message>
        <source>Provider profile: its name or id (confab-cli profiles).</source>
        <translation>Anbieterprofil: sein Name oder seine ID (confab-cli profiles).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>NACHRICHTEN</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>No provider profiles in %1; add one in the app&apos;s Settings.</source>
        <translation>Keine Anbieterprofile in %1; legen Sie eines in den Einstellungen der App an.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>ENDPUNKT</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>there is no provider profile &quot;%1&quot;: %2 has none (add one in the app&apos;s Settings)</source>
        <translation>es gibt kein Anbieterprofil „%1“: %2 enthält keines (legen Sie eines in den Einstellungen der App an)</translation>
    </message>
    <message>
        <source>there is no provider profile &quot;%1&quot;; the profiles are: %2</source>
        <translation>es gibt kein Anbieterprofil „%1“; vorhanden sind: %2</translation>
    </message>
    <message>
        <source>send needs --endpoint URL (e.g. http://localhost:11434/v1) or --profile NAME</source>
        <translation>send braucht --endpoint URL (z. B. http://localhost:11434/v1) oder --profile NAME</translation>
    </message>
    <message>
        <source>Database file or postgresql:// URL (default: the app&apos;s file).</source>
        <translation>Datenbankdatei oder postgresql://-URL (Standard: die Datei der App).</translation>
    </message>
    <message>
        <source>the keychain refused access to the database password: %1</source>
        <translation>der Schlüsselbund verweigerte den Zugriff auf das Datenbankpasswort: %1</translation>
    </message>
    <message>
        <source>copy: the store to copy from (file or postgresql:// URL).</source>
        <translation>copy: der Speicher, aus dem kopiert wird (Datei oder postgresql://-URL).</translation>
    </message>
    <message>
        <source>copy: the store to copy into (file or postgresql:// URL).</source>
        <translation>copy: der Speicher, in den kopiert wird (Datei oder postgresql://-URL).</translation>
    </message>
    <message>
        <source>the reply could not be saved: the database server did not come back</source>
        <translation>die Antwort konnte nicht gespeichert werden: der Datenbankserver kam nicht zurück</translation>
    </message>
    <message>
        <source>the database server is back; the whole reply is saved.</source>
        <translation>der Datenbankserver ist wieder da; die ganze Antwort ist gespeichert.</translation>
    </message>
    <message>
        <source>note: waiting for the database server to save the reply (Ctrl+C gives up).</source>
        <translation>Hinweis: Warte auf den Datenbankserver, um die Antwort zu speichern (Strg+C bricht ab).</translation>
    </message>
</context>
<context>
    <name>CliError</name>
    <message>
        <source>Try &apos;confab-cli --help&apos;.</source>
        <translation>Siehe &apos;confab-cli --help&apos;.</translation>
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
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attach images, PDFs or text files (or drop or paste them here)</source>
        <translation>Bilder, PDFs oder Textdateien anhängen (oder hierher ziehen oder einfügen)</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf *.txt *.md *.csv *.json *.xml *.yaml *.yml *.log *.c *.cpp *.h *.py *.js *.ts *.rs *.go *.java *.sh);;All files (*)</source>
        <translation>Bilder, PDFs und Text (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf *.txt *.md *.csv *.json *.xml *.yaml *.yml *.log *.c *.cpp *.h *.py *.js *.ts *.rs *.go *.java *.sh);;Alle Dateien (*)</translation>
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
    <name>ContextSummary</name>
    <message>
        <source>%1 of %2 tokens (server context %2, %3 kept for the reply)</source>
        <translation>%1 von %2 Token (Serverkontext %2, %3 für die Antwort freigehalten)</translation>
    </message>
    <message>
        <source>%1 of %2 tokens (server context unknown)</source>
        <translation>%1 von %2 Token (Serverkontext unbekannt)</translation>
    </message>
    <message>
        <source>%1 tokens (server context unknown)</source>
        <translation>%1 Token (Serverkontext unbekannt)</translation>
    </message>
    <message>
        <source>The newest message alone does not fit: the server may cut or refuse it.</source>
        <translation>Die neueste Nachricht allein passt nicht: Der Server kann sie kürzen oder ablehnen.</translation>
    </message>
    <message numerus="yes">
        <source>· %n attachment(s): %1</source>
        <translation>
            <numerusform>· %n Anhang: %1</numerusform>
            <numerusform>· %n Anhänge: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>copy needs --from PATH_OR_URL and --to PATH_OR_URL</source>
        <translation>copy braucht --from PFAD_ODER_URL und --to PFAD_ODER_URL</translation>
    </message>
    <message>
        <source>--from and --to are the same store</source>
        <translation>--from und --to sind derselbe Speicher</translation>
    </message>
    <message>
        <source>there is no database %1 to copy from</source>
        <translation>es gibt keine Datenbank %1 zum Kopieren</translation>
    </message>
    <message>
        <source>the keychain refused access to the database password: %1</source>
        <translation>der Schlüsselbund verweigerte den Zugriff auf das Datenbankpasswort: %1</translation>
    </message>
    <message>
        <source>copy: %1/%2 chats (%3 copied, %4 already there, %5 failed)</source>
        <translation>copy: %1/%2 Chats (%3 kopiert, %4 schon vorhanden, %5 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Not everything was copied; run the same command again to copy the rest.</source>
        <translation>Nicht alles wurde kopiert; führen Sie denselben Befehl erneut aus, um den Rest zu kopieren.</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>A file (~/chats.sqlite) or postgresql://user@host:5432/database</source>
        <translation>Eine Datei (~/chats.sqlite) oder postgresql://benutzer@host:5432/datenbank</translation>
    </message>
    <message>
        <source>Database file or PostgreSQL URL</source>
        <translation>Datenbankdatei oder PostgreSQL-URL</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Kept in the system keychain; empty: the saved one or ~/.pgpass</source>
        <translation>Im Schlüsselbund des Systems gespeichert; leer: das gespeicherte oder ~/.pgpass</translation>
    </message>
    <message>
        <source>Default (TLS when the server offers it)</source>
        <translation>Standard (TLS, wenn der Server es anbietet)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Required, certificate checked</source>
        <translation>Erforderlich, Zertifikat geprüft</translation>
    </message>
    <message>
        <source>Required, certificate and host name checked</source>
        <translation>Erforderlich, Zertifikat und Hostname geprüft</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>Die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Chats are kept in an SQLite file on this computer, or on a PostgreSQL server shared by several computers. The choice is used from the next start (--db on the command line still wins); when it changes, Confab offers to copy the chats there.</source>
        <translation>Chats werden in einer SQLite-Datei auf diesem Computer gespeichert oder auf einem PostgreSQL-Server, den mehrere Computer teilen. Die Wahl gilt ab dem nächsten Start (--db auf der Befehlszeile hat weiter Vorrang); ändert sie sich, bietet Confab an, die Chats dorthin zu kopieren.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>C&amp;A-Zertifikat:</translation>
    </message>
    <message>
        <source>Confab cannot use this database: %1</source>
        <translation>Confab kann diese Datenbank nicht verwenden: %1</translation>
    </message>
    <message>
        <source>the keychain refused access to the password: %1</source>
        <translation>der Schlüsselbund verweigerte den Zugriff auf das Passwort: %1</translation>
    </message>
    <message>
        <source>Confab can open this database.</source>
        <translation>Confab kann diese Datenbank öffnen.</translation>
    </message>
    <message>
        <source>the keychain did not keep the password: %1</source>
        <translation>der Schlüsselbund hat das Passwort nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>%1 is not encrypted (http) and not on this machine or your local network: the API key and the messages would travel in the clear. Use https unless you trust every network in between.</source>
        <translation>%1 ist nicht verschlüsselt (http) und liegt weder auf diesem Gerät noch in Ihrem lokalen Netz: API-Schlüssel und Nachrichten würden im Klartext übertragen. Verwenden Sie https, sofern Sie nicht jedem Netz dazwischen vertrauen.</translation>
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
    <name>HistoryImporter</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>Confab (legacy)</source>
        <translation>Confab (altes Format)</translation>
    </message>
    <message>
        <source>not a chat export Confab knows (ChatGPT, Open WebUI, LibreChat, Chatbox or Confab)</source>
        <translation>kein Chat-Export, den Confab kennt (ChatGPT, Open WebUI, LibreChat, Chatbox oder Confab)</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported from it</source>
        <translation>%1: %2; nichts daraus wurde importiert</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, the most Confab imports at once</source>
        <translation>die Datei ist größer als %1 MB, das Maximum, das Confab auf einmal importiert</translation>
    </message>
    <message>
        <source>could not be saved (%1)</source>
        <translation>konnte nicht gespeichert werden (%1)</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>Unterhaltung %1</translation>
    </message>
    <message>
        <source>conversation %1 (&quot;%2&quot;)</source>
        <translation>Unterhaltung %1 („%2“)</translation>
    </message>
</context>
<context>
    <name>LegacyImporter</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;session_id&quot; and &quot;messages&quot;</source>
        <translation>erwartet wurde ein JSON-Objekt mit &quot;session_id&quot; und &quot;messages&quot;</translation>
    </message>
    <message>
        <source>&quot;session_id&quot; is missing or not a string</source>
        <translation>&quot;session_id&quot; fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 timestamp</source>
        <translation>&quot;%1&quot; ist kein ISO-8601-Zeitstempel</translation>
    </message>
    <message>
        <source>&quot;messages&quot; is missing or not a list</source>
        <translation>&quot;messages&quot; fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>message %1 has no text (&quot;content&quot; must be a string)</source>
        <translation>Nachricht %1 hat keinen Text (&quot;content&quot; muss eine Zeichenkette sein)</translation>
    </message>
    <message>
        <source>message %1 has the role &quot;%2&quot;; Confab knows user, assistant and system</source>
        <translation>Nachricht %1 hat die Rolle „%2“; Confab kennt user, assistant und system</translation>
    </message>
    <message>
        <source>message %1 has a timestamp that is not ISO-8601</source>
        <translation>Nachricht %1 hat einen Zeitstempel, der nicht ISO-8601 entspricht</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: Die Datei kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported from it</source>
        <translation>%1: %2; daraus wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: could not be saved (%2)</source>
        <translation>%1: konnte nicht gespeichert werden (%2)</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB, too large for a session file; nothing was imported from it</source>
        <translation>%1: Die Datei ist größer als %2 MiB, zu groß für eine Sitzungsdatei; daraus wurde nichts importiert</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>Nachricht %1</translation>
    </message>
</context>
<context>
    <name>LibreChatImporter</name>
    <message>
        <source>the conversation</source>
        <translation>die Unterhaltung</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1: message %2 is not an object</source>
        <translation>%1: Nachricht %2 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: message %2 has no &quot;messageId&quot;</source>
        <translation>%1: Nachricht %2 hat keine „messageId“</translation>
    </message>
    <message>
        <source>%1: message &quot;%2&quot; has a &quot;createdAt&quot; that is not ISO-8601</source>
        <translation>%1: Nachricht „%2“ hat ein „createdAt“, das nicht ISO-8601 ist</translation>
    </message>
    <message>
        <source>%1: the parents of some messages form a cycle</source>
        <translation>%1: die Eltern einiger Nachrichten bilden einen Kreis</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>This link is not a web address. Open it only if you trust it:

%1</source>
        <translation>Dieser Link ist keine Webadresse. Öffnen Sie ihn nur, wenn Sie ihm vertrauen:

%1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
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
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
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
    <message>
        <source>The API key could not be saved in the keychain; Confab keeps it only until you quit. %1</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden; Confab behält ihn nur bis zum Beenden. %1</translation>
    </message>
    <message>
        <source>The API key could not be read from the keychain. %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden. %1</translation>
    </message>
    <message>
        <source>Enter &amp;key…</source>
        <translation>Schlüssel &amp;eingeben…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API key for “%1”. It stays in memory until you quit and is never written to disk.</source>
        <translation>API-Schlüssel für „%1“. Er bleibt bis zum Beenden im Speicher und wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Import Chats…</source>
        <translation>Chats &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Chats</source>
        <translation>Chats importieren</translation>
    </message>
    <message>
        <source>Chat exports (*.json *.zip);;All files (*)</source>
        <translation>Chat-Exporte (*.json *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Print Chat…</source>
        <translation>Chat &amp;drucken…</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n chat(s) imported</source>
        <translation>
            <numerusform>%1 (%2): %n Chat importiert</numerusform>
            <numerusform>%1 (%2): %n Chats importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Chat</source>
        <translation>Chat drucken</translation>
    </message>
    <message>
        <source>Next request: %1</source>
        <translation>Nächste Anfrage: %1</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>The database server can be reached again; what was kept is being saved.</source>
        <translation>Der Datenbankserver ist wieder erreichbar; was zurückgehalten wurde, wird jetzt gespeichert.</translation>
    </message>
    <message>
        <source>Database server reconnected.</source>
        <translation>Verbindung zum Datenbankserver wiederhergestellt.</translation>
    </message>
    <message>
        <source>New Chat from &amp;Preset</source>
        <translation>Neuer Chat aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>None yet: add them in Settings › Presets</source>
        <translation>Noch keine: in Einstellungen › Vorlagen anlegen</translation>
    </message>
    <message>
        <source>The chat was not renamed</source>
        <translation>Der Chat wurde nicht umbenannt</translation>
    </message>
    <message>
        <source>The chat was not deleted</source>
        <translation>Der Chat wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>%1: the database server cannot be reached. Nothing was changed; try again when it is back.</source>
        <translation>%1: Der Datenbankserver ist nicht erreichbar. Nichts wurde geändert; versuchen Sie es erneut, wenn er wieder da ist.</translation>
    </message>
</context>
<context>
    <name>McpServerEditor</name>
    <message>
        <source>Edit MCP Server</source>
        <translation>MCP-Server bearbeiten</translation>
    </message>
    <message>
        <source>Add MCP Server</source>
        <translation>MCP-Server hinzufügen</translation>
    </message>
    <message>
        <source>Program (stdio)</source>
        <translation>Programm (stdio)</translation>
    </message>
    <message>
        <source>URL (Streamable HTTP)</source>
        <translation>URL (Streamable HTTP)</translation>
    </message>
    <message>
        <source>One argument per line</source>
        <translation>Ein Argument pro Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>A&amp;rgumente:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Add &amp;Value</source>
        <translation>&amp;Wert hinzufügen</translation>
    </message>
    <message>
        <source>Remove Va&amp;lue</source>
        <translation>Wert &amp;entfernen</translation>
    </message>
    <message>
        <source>Kept in the keychain; type a new value to replace it.</source>
        <translation>Im Schlüsselbund gespeichert; geben Sie einen neuen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>HTTP headers (a secret one, such as Authorization, goes to the keychain):</source>
        <translation>HTTP-Header (ein geheimer, etwa Authorization, kommt in den Schlüsselbund):</translation>
    </message>
    <message>
        <source>Environment variables (a secret one, such as an API key, goes to the keychain):</source>
        <translation>Umgebungsvariablen (eine geheime, etwa ein API-Schlüssel, kommt in den Schlüsselbund):</translation>
    </message>
    <message>
        <source>There is already an MCP server named &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen MCP-Server namens „%1“.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; has no value.</source>
        <translation>Das Geheimnis „%1“ hat keinen Wert.</translation>
    </message>
</context>
<context>
    <name>McpServersPage</name>
    <message>
        <source>&amp;Revoke &quot;always allow&quot;</source>
        <translation>„Immer erlauben“ &amp;widerrufen</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No MCP server is set up.</source>
        <translation>Kein MCP-Server ist eingerichtet.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n tool(s).</source>
        <translation>
            <numerusform>Verbunden: %n Werkzeug.</numerusform>
            <numerusform>Verbunden: %n Werkzeuge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Every call of %1 is put to you first.</source>
        <translation>Jeder Aufruf von %1 wird Ihnen zuerst vorgelegt.</translation>
    </message>
    <message>
        <source>Always allowed: every tool of %1.</source>
        <translation>Immer erlaubt: jedes Werkzeug von %1.</translation>
    </message>
    <message>
        <source>Always allowed: %1.</source>
        <translation>Immer erlaubt: %1.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Servers from an mcpServers JSON file (Claude Desktop, Cursor, LM Studio)</source>
        <translation>Server aus einer mcpServers-JSON-Datei (Claude Desktop, Cursor, LM Studio)</translation>
    </message>
    <message>
        <source>The tools of the checked servers are offered to the model; every call is shown to you first unless you chose to always allow it. Secret values are kept in the keychain.</source>
        <translation>Die Werkzeuge der angehakten Server werden dem Modell angeboten; jeder Aufruf wird Ihnen zuerst gezeigt, es sei denn, Sie haben ihn immer erlaubt. Geheime Werte werden im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No keychain: server &quot;%1&quot; cannot keep its secrets.</source>
        <translation>Kein Schlüsselbund: Server „%1“ kann seine Geheimnisse nicht speichern.</translation>
    </message>
    <message>
        <source>There is already an MCP server named &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen MCP-Server namens „%1“.</translation>
    </message>
    <message>
        <source>Could not save the settings.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>There is no MCP server named &quot;%1&quot; any more.</source>
        <translation>Es gibt keinen MCP-Server namens „%1“ mehr.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Remove MCP Server</source>
        <translation>MCP-Server entfernen</translation>
    </message>
    <message>
        <source>Remove the MCP server &quot;%1&quot; and its secrets from the keychain?</source>
        <translation>Den MCP-Server „%1“ und seine Geheimnisse aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Removed %1, but: %2</source>
        <translation>%1 entfernt, aber: %2</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Import MCP Servers</source>
        <translation>MCP-Server importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is already a server of that name</source>
        <translation>„%1“: es gibt bereits einen Server dieses Namens</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no keychain for its secrets</source>
        <translation>„%1“: kein Schlüsselbund für seine Geheimnisse</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>No server imported.</source>
        <translation>Kein Server importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s): %1.</source>
        <translation>
            <numerusform>%n Server importiert: %1.</numerusform>
            <numerusform>%n Server importiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
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
    <message>
        <source>Cut off: the program writing this reply stopped (a crash, or it was killed). The text that arrived is kept; Retry asks again.</source>
        <translation>Abgebrochen: Das Programm, das diese Antwort schrieb, hat aufgehört (ein Absturz, oder es wurde beendet). Der angekommene Text bleibt erhalten; „Erneut versuchen“ fragt noch einmal.</translation>
    </message>
    <message>
        <source>The server dropped part of the history: it read far fewer tokens than were sent. Lower the context length in the chat&apos;s settings, or start a new chat.</source>
        <translation>Der Server hat einen Teil des Verlaufs verworfen: Er las weit weniger Token, als gesendet wurden. Verringern Sie die Kontextlänge in den Einstellungen des Chats oder beginnen Sie einen neuen Chat.</translation>
    </message>
    <message>
        <source>Cut off at the length limit.</source>
        <translation>An der Längengrenze abgeschnitten.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>%1: open it full size, or save it</source>
        <translation>%1: in voller Größe öffnen oder speichern</translation>
    </message>
    <message>
        <source>Stopped before any text</source>
        <translation>Vor dem ersten Text gestoppt</translation>
    </message>
    <message>
        <source>Interrupted before any text</source>
        <translation>Vor dem ersten Text unterbrochen</translation>
    </message>
    <message>
        <source>(empty reply)</source>
        <translation>(leere Antwort)</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Überlegung</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Regenerate reply</source>
        <translation>Antwort neu erzeugen</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Copy code block %1</source>
        <translation>Codeblock %1 kopieren</translation>
    </message>
    <message>
        <source>Hide thinking</source>
        <translation>Überlegung ausblenden</translation>
    </message>
    <message>
        <source>Show thinking</source>
        <translation>Überlegung anzeigen</translation>
    </message>
    <message>
        <source>Continue the reply</source>
        <translation>Antwort fortsetzen</translation>
    </message>
    <message>
        <source>Hide the text of %1</source>
        <translation>Text von %1 ausblenden</translation>
    </message>
    <message>
        <source>Show the text of %1</source>
        <translation>Text von %1 anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the text in the chat</source>
        <translation>Den Text im Chat ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Hide the tool step&apos;s details</source>
        <translation>Details des Werkzeugschritts ausblenden</translation>
    </message>
    <message>
        <source>Show the tool step&apos;s details</source>
        <translation>Details des Werkzeugschritts anzeigen</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
</context>
<context>
    <name>MessageDocumentCache</name>
    <message numerus="yes">
        <source>[… %n more character(s) not shown here: Copy or “Select text…” has the whole message]</source>
        <translation>
            <numerusform>[… %n weiteres Zeichen hier nicht angezeigt: „Kopieren“ oder „Text auswählen…“ enthält die ganze Nachricht]</numerusform>
            <numerusform>[… %n weitere Zeichen hier nicht angezeigt: „Kopieren“ oder „Text auswählen…“ enthält die ganze Nachricht]</numerusform>
        </translation>
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
    <message>
        <source>Ctrl+Enter sends · Esc cancels</source>
        <translation>Strg+Eingabe sendet · Esc bricht ab</translation>
    </message>
    <message>
        <source>Edit the message; Ctrl+Enter sends it as a new branch</source>
        <translation>Nachricht bearbeiten; Strg+Eingabe sendet sie als neuen Zweig</translation>
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
    <name>OpenWebUiImporter</name>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation>%1 hat keine „id“</translation>
    </message>
    <message>
        <source>%1: &quot;chat.history.messages&quot; is missing or not an object</source>
        <translation>%1: „chat.history.messages“ fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: message &quot;%2&quot; is not an object</source>
        <translation>%1: Nachricht „%2“ ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: message &quot;%2&quot; has a &quot;content&quot; that is not text</source>
        <translation>%1: Nachricht „%2“ hat einen „content“, der kein Text ist</translation>
    </message>
    <message>
        <source>%1: the parentId links of some messages form a cycle</source>
        <translation>%1: die parentId-Verweise einiger Nachrichten bilden einen Kreis</translation>
    </message>
    <message>
        <source>%1: &quot;currentId&quot; names a message that is not in the chat</source>
        <translation>%1: „currentId“ nennt eine Nachricht, die nicht im Chat ist</translation>
    </message>
</context>
<context>
    <name>PresetCommands</name>
    <message>
        <source>new: start the chat from this preset (confab-cli presets).</source>
        <translation>new: den Chat mit dieser Vorlage beginnen (confab-cli presets).</translation>
    </message>
    <message>
        <source>presets add: the sampling temperature.</source>
        <translation>presets add: die Temperatur beim Sampling.</translation>
    </message>
    <message>
        <source>unknown presets command &quot;%1&quot;</source>
        <translation>unbekannter presets-Befehl „%1“</translation>
    </message>
    <message>
        <source>there is no preset &quot;%1&quot;: %2 has none (confab-cli presets add)</source>
        <translation>es gibt keine Vorlage „%1“: %2 hat keine (confab-cli presets add)</translation>
    </message>
    <message>
        <source>there is no preset &quot;%1&quot;; the presets are: %2</source>
        <translation>es gibt keine Vorlage „%1“; die Vorlagen sind: %2</translation>
    </message>
    <message>
        <source>No presets in %1; add one with confab-cli presets add NAME.</source>
        <translation>Keine Vorlagen in %1; eine anlegen mit confab-cli presets add NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>SYSTEM PROMPT</source>
        <translation>SYSTEM-PROMPT</translation>
    </message>
    <message>
        <source>presets add needs a name</source>
        <translation>presets add braucht einen Namen</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;</source>
        <translation>--%1 braucht eine Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>presets remove needs a name</source>
        <translation>presets remove braucht einen Namen</translation>
    </message>
    <message>
        <source>there is no preset &quot;%1&quot;</source>
        <translation>es gibt keine Vorlage „%1“</translation>
    </message>
    <message>
        <source>presets import needs a file</source>
        <translation>presets import braucht eine Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n preset(s) imported</source>
        <translation>
            <numerusform>%n Vorlage importiert</numerusform>
            <numerusform>%n Vorlagen importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>no &quot;presets&quot; list in the file</source>
        <translation>keine „presets“-Liste in der Datei</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1: %2; nichts wurde importiert</translation>
    </message>
</context>
<context>
    <name>PresetsPage</name>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>e.g. Code reviewer</source>
        <translation>z. B. Code-Prüfer</translation>
    </message>
    <message>
        <source>e.g. You review C++ code and point out bugs.</source>
        <translation>z. B. Du prüfst C++-Code und zeigst Fehler auf.</translation>
    </message>
    <message>
        <source>Preset system prompt</source>
        <translation>System-Prompt der Vorlage</translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation>Standard-Anbieter</translation>
    </message>
    <message>
        <source>The provider&apos;s model</source>
        <translation>Das Modell des Anbieters</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Save preset</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation>Vorlagen importieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Presets</source>
        <translation>Vorlagen exportieren</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>System &amp;prompt:</source>
        <translation>System-&amp;Prompt:</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>An&amp;bieter:</translation>
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
        <source>&amp;History limit:</source>
        <translation>&amp;Verlaufsgrenze:</translation>
    </message>
    <message>
        <source>To&amp;ken budget:</source>
        <translation>To&amp;ken-Budget:</translation>
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
    <message>
        <source>It does not offer “%1”; “%2” is chosen instead.</source>
        <translation>Er bietet „%1“ nicht an; stattdessen ist „%2“ gewählt.</translation>
    </message>
    <message>
        <source>The server reads PDFs: send them as files, not as their text</source>
        <translation>Der Server liest PDFs: als Dateien senden, nicht als ihren Text</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>The API key was rejected by %1 (HTTP 401)</source>
        <translation>Der API-Schlüssel wurde von %1 abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>Check the key for this provider in Settings.</source>
        <translation>Prüfen Sie den Schlüssel für diesen Anbieter in den Einstellungen.</translation>
    </message>
    <message>
        <source>Access denied by %1 (HTTP 403)</source>
        <translation>Zugriff von %1 verweigert (HTTP 403)</translation>
    </message>
    <message>
        <source>Check the API key and its permissions in Settings.</source>
        <translation>Prüfen Sie den API-Schlüssel und seine Berechtigungen in den Einstellungen.</translation>
    </message>
    <message>
        <source>Endpoint %1 not found on %2 (HTTP 404)</source>
        <translation>Endpunkt %1 auf %2 nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <source>Model “%1” or endpoint %2 not found on %3 (HTTP 404)</source>
        <translation>Modell „%1“ oder Endpunkt %2 auf %3 nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <source>Check the model name and the base URL in Settings.</source>
        <translation>Prüfen Sie den Modellnamen und die Adresse des Servers in den Einstellungen.</translation>
    </message>
    <message>
        <source>Rate limited by %1 (HTTP 429)</source>
        <translation>Anfragelimit bei %1 erreicht (HTTP 429)</translation>
    </message>
    <message>
        <source>Try again in %1 s.</source>
        <translation>Versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>Try again shortly.</source>
        <translation>Versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <source>Server error at %1 (HTTP %2)</source>
        <translation>Serverfehler bei %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request was rejected by %1 (HTTP %2)</source>
        <translation>Die Anfrage wurde von %1 abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <source>Could not connect to %1: is the server running? (%2)</source>
        <translation>Keine Verbindung zu %1: Läuft der Server? (%2)</translation>
    </message>
    <message>
        <source>Could not open a secure connection to %1: %2</source>
        <translation>Keine sichere Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address: check the base URL in Settings.</source>
        <translation>„%1“ ist keine gültige Serveradresse: Prüfen Sie die Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>Could not connect through the proxy: %1</source>
        <translation>Keine Verbindung über den Proxy: %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the reply (%2); the partial reply was kept.</source>
        <translation>Die Verbindung zu %1 ist während der Antwort abgebrochen (%2); der bisher empfangene Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2</translation>
    </message>
    <message>
        <source>The reply from %1 timed out: nothing arrived for %2 s; the partial reply was kept.</source>
        <translation>Zeitüberschreitung bei der Antwort von %1: %2 s lang kam nichts an; der bisher empfangene Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>The request to %1 timed out: no answer for %2 s.</source>
        <translation>Zeitüberschreitung bei der Anfrage an %1: %2 s lang keine Antwort.</translation>
    </message>
    <message>
        <source>The server is overloaded</source>
        <translation>Der Server ist überlastet</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server reported an error</source>
        <translation>Der Server hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of a chat stream</source>
        <translation>%1 hat mit einer Webseite statt mit einem Chat-Stream geantwortet</translation>
    </message>
    <message>
        <source>Check the base URL in Settings.</source>
        <translation>Prüfen Sie die Adresse des Servers in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 answered with JSON instead of a stream: it may not support streaming.</source>
        <translation>%1 hat mit JSON statt mit einem Stream geantwortet: Der Server unterstützt Streaming vielleicht nicht.</translation>
    </message>
    <message>
        <source>%1 sent %2 events that could not be read and nothing usable.</source>
        <translation>%1 hat unlesbare Ereignisse (%2) und nichts Verwertbares gesendet.</translation>
    </message>
    <message>
        <source>%1 sent an empty reply.</source>
        <translation>%1 hat eine leere Antwort gesendet.</translation>
    </message>
    <message>
        <source>The reply from %1 was not a chat stream (content type “%2”).</source>
        <translation>Die Antwort von %1 war kein Chat-Stream (Inhaltstyp „%2“).</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the reply was complete; the partial reply was kept.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die Antwort vollständig war; der bisher empfangene Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 sent one stream event larger than %2 MiB, so the reply was cut there; the text before it was kept.</source>
        <translation>%1 hat ein Stream-Ereignis gesendet, das größer als %2 MiB ist; die Antwort wurde dort abgebrochen, der Text davor bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 sent one line of its stream larger than %2 MiB, so the reply was cut there; the text before it was kept.</source>
        <translation>%1 hat eine Zeile seines Streams gesendet, die größer als %2 MiB ist; die Antwort wurde dort abgebrochen, der Text davor bleibt erhalten.</translation>
    </message>
    <message>
        <source>The error body from %1 was larger than %2 MiB; only its start was read.</source>
        <translation>Die Fehlerantwort von %1 war größer als %2 MiB; nur ihr Anfang wurde gelesen.</translation>
    </message>
    <message>
        <source>The model list from %1 is larger than %2 MiB; it was not read.</source>
        <translation>Die Modellliste von %1 ist größer als %2 MiB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2, which is not encrypted (http); Confab refused to follow.</source>
        <translation>%1 hat die Anfrage an %2 umgeleitet, das nicht verschlüsselt ist (http); Confab ist der Umleitung nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 redirected the request to another server, %2; Confab refused to follow, as it sends the API key and the messages only to the endpoint in Settings.</source>
        <translation>%1 hat die Anfrage an einen anderen Server umgeleitet, %2; Confab ist nicht gefolgt, da es den API-Schlüssel und die Nachrichten nur an den Endpunkt aus den Einstellungen sendet.</translation>
    </message>
    <message>
        <source>If that address is right, make it the endpoint in Settings.</source>
        <translation>Wenn diese Adresse stimmt, tragen Sie sie in den Einstellungen als Endpunkt ein.</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times; Confab gave up. Check the base URL in Settings.</source>
        <translation>%1 hat die Anfrage mehr als %2-mal umgeleitet; Confab hat aufgegeben. Prüfen Sie die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 ended the reply without sending any text.</source>
        <translation>%1 hat die Antwort beendet, ohne Text zu senden.</translation>
    </message>
    <message>
        <source>Try again, or check the server&apos;s log.</source>
        <translation>Versuchen Sie es erneut oder sehen Sie im Protokoll des Servers nach.</translation>
    </message>
</context>
<context>
    <name>QueuedMessageBar</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Take the message back into the box; it is not sent</source>
        <translation>Die Nachricht zurück ins Eingabefeld holen; sie wird nicht gesendet</translation>
    </message>
    <message>
        <source>Waiting for the database server: your message is sent when it can be reached again.</source>
        <translation>Warten auf den Datenbankserver: Ihre Nachricht wird gesendet, sobald er wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Waiting for the database server: “%1” is sent when it can be reached again.</source>
        <translation>Warten auf den Datenbankserver: „%1“ wird gesendet, sobald er wieder erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>SessionDelegate</name>
    <message>
        <source>Chat title</source>
        <translation>Chat-Titel</translation>
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
            <numerusform>Aus Confab exportiert · erstellt am %1 · %n Nachricht</numerusform>
            <numerusform>Aus Confab exportiert · erstellt am %1 · %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Es gibt keinen Chat mit der ID %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Überlegungen</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Angehängt: %1</translation>
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
    <message>
        <source>the server&apos;s</source>
        <translation>die des Servers</translation>
    </message>
    <message>
        <source>Context length in tokens</source>
        <translation>Kontextlänge in Token</translation>
    </message>
    <message>
        <source>&amp;Context length (tokens, 0 = the server&apos;s):</source>
        <translation>&amp;Kontextlänge (Token, 0 = die des Servers):</translation>
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
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>No chats yet.
Start one with New chat (Ctrl+N).</source>
        <translation>Noch keine Chats.
Beginnen Sie einen mit „Neuer Chat“ (Strg+N).</translation>
    </message>
    <message>
        <source>No chat contains “%1”.</source>
        <translation>Kein Chat enthält „%1“.</translation>
    </message>
    <message>
        <source>Chat &amp;Settings…</source>
        <translation>Chat-&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Confab database (%2). It was left untouched; move it aside to start with a fresh one.</source>
        <translation>Die Datenbank %1 ist beschädigt oder keine Confab-Datenbank (%2). Sie wurde nicht verändert; legen Sie sie beiseite, um mit einer neuen zu beginnen.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a Confab database. It was left untouched; move it aside to start with a fresh one.</source>
        <translation>Die Datei %1 ist beschädigt oder keine Confab-Datenbank. Sie wurde nicht verändert; legen Sie sie beiseite, um mit einer neuen Datenbank zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: it was written by a newer version of Confab (schema %2, this version knows %3). Update Confab to open it; the file was not changed.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: Sie wurde von einer neueren Version von Confab geschrieben (Schema %2, diese Version kennt höchstens Schema %3). Aktualisieren Sie Confab, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging (journal mode is &quot;%2&quot;); it may be on a network or read-only file system.</source>
        <translation>Die Datenbank %1 kann kein Write-Ahead-Logging (WAL) verwenden (Journalmodus „%2“); sie liegt vielleicht auf einem Netzlaufwerk oder einem schreibgeschützten Dateisystem.</translation>
    </message>
    <message>
        <source>The disk is full: Confab could not save your latest change. Free some space; nothing already saved is lost.</source>
        <translation>Der Datenträger ist voll: Confab konnte Ihre letzte Änderung nicht speichern. Geben Sie etwas Speicherplatz frei; bereits Gespeichertes geht nicht verloren.</translation>
    </message>
    <message>
        <source>The database %1 is read-only: changes cannot be saved.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt: Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The database is busy: another program kept it locked for too long. Try again.</source>
        <translation>Die Datenbank ist belegt: Ein anderes Programm hat sie zu lange gesperrt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2).</source>
        <translation>Die Datenbank %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>Cannot read or write the database %1 (%2).</source>
        <translation>Die Datenbank %1 kann nicht gelesen oder geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of a database file in it (e.g. %2).</source>
        <translation>%1 ist ein Ordner; geben Sie den Pfad einer Datenbankdatei darin an (z. B. %2).</translation>
    </message>
    <message>
        <source>%1 is a URL; the database must be a file on this computer (e.g. ~/chats.sqlite) or a postgresql:// URL.</source>
        <translation>%1 ist eine URL; die Datenbank muss eine Datei auf diesem Computer (z. B. ~/chats.sqlite) oder eine postgresql://-URL sein.</translation>
    </message>
    <message>
        <source>Cannot open %1: this Confab has no PostgreSQL driver (Qt&apos;s QPSQL plugin, Debian package libqt6sql6-psql).</source>
        <translation>%1 kann nicht geöffnet werden: Diesem Confab fehlt der PostgreSQL-Treiber (Qts QPSQL-Plugin, Debian-Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Message %1 of the chat &quot;%2&quot; comes before its parent.</source>
        <translation>Nachricht %1 des Chats „%2“ steht vor ihrer übergeordneten Nachricht.</translation>
    </message>
    <message>
        <source>The file %1 of the chat &quot;%2&quot; is not stored.</source>
        <translation>Die Datei %1 des Chats „%2“ ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached (%2). Confab reconnects by itself: a reply being written is kept and saved then, and a message sent meanwhile is sent then.</source>
        <translation>Der Datenbankserver %1 ist nicht erreichbar (%2). Confab verbindet sich von selbst neu: Eine gerade geschriebene Antwort wird behalten und dann gespeichert, und eine inzwischen gesendete Nachricht wird dann gesendet.</translation>
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
    <message>
        <source>The server&apos;s</source>
        <translation>Die des Servers</translation>
    </message>
    <message>
        <source>Context length in tokens</source>
        <translation>Kontextlänge in Token</translation>
    </message>
    <message>
        <source>How many tokens the model holds, prompt and reply together. Confab asks the server; set it here if the server does not say or says wrong.</source>
        <translation>Wie viele Token das Modell fasst, Anfrage und Antwort zusammen. Confab fragt den Server; tragen Sie sie hier ein, wenn der Server sie nicht oder falsch nennt.</translation>
    </message>
    <message>
        <source>&amp;Context length (tokens):</source>
        <translation>&amp;Kontextlänge (Token):</translation>
    </message>
    <message>
        <source>No key saved (none is needed for local servers)</source>
        <translation>Kein Schlüssel gespeichert (für lokale Server ist keiner nötig)</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Kept in memory until you quit; type to replace</source>
        <translation>Bis zum Beenden im Speicher gehalten; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>P&amp;resets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Name new chats: after the first reply, ask the chat&apos;s model for a title</source>
        <translation>Neue Chats be&amp;nennen: nach der ersten Antwort das Modell des Chats nach einem Titel fragen</translation>
    </message>
    <message>
        <source>Profile that names chats</source>
        <translation>Profil, das Chats benennt</translation>
    </message>
    <message>
        <source>This chat&apos;s model</source>
        <translation>Modell dieses Chats</translation>
    </message>
    <message>
        <source>Model that names chats</source>
        <translation>Modell, das Chats benennt</translation>
    </message>
    <message>
        <source>The profile&apos;s model (%1)</source>
        <translation>Modell des Profils (%1)</translation>
    </message>
    <message>
        <source>T&amp;itles from:</source>
        <translation>T&amp;itel von:</translation>
    </message>
</context>
<context>
    <name>StoreCopyDialog</name>
    <message>
        <source>Copy Chats</source>
        <translation>Chats kopieren</translation>
    </message>
    <message>
        <source>Opening both databases…</source>
        <translation>Beide Datenbanken werden geöffnet…</translation>
    </message>
    <message>
        <source>Stopping after this chat…</source>
        <translation>Halte nach diesem Chat an…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied %1 of %2 chats…</source>
        <translation>%1 von %2 Chats kopiert…</translation>
    </message>
    <message>
        <source>%1 of %2 chats copied, %3 already there, %4 failed.</source>
        <translation>%1 von %2 Chats kopiert, %3 bereits vorhanden, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not everything was copied; copy again to go on where this stopped.</source>
        <translation>Nicht alles wurde kopiert; kopieren Sie erneut, um dort weiterzumachen, wo dies aufgehört hat.</translation>
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
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Use the default database this time</source>
        <translation>Diesmal die Standarddatenbank verwenden</translation>
    </message>
</context>
<context>
    <name>StoreSwitch</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Confab uses %1 from its next start.</source>
        <translation>Confab verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Copy the chats of the database in use now into it? Chats it has already are skipped; the database in use now is not changed.</source>
        <translation>Die Chats der jetzt verwendeten Datenbank dorthin kopieren? Chats, die sie schon hat, werden übersprungen; die jetzt verwendete Datenbank bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Copy the chats</source>
        <translation>Chats &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>The keychain refused access to the database password: %1</source>
        <translation>Der Schlüsselbund verweigerte den Zugriff auf das Datenbankpasswort: %1</translation>
    </message>
</context>
<context>
    <name>TitleGenerator</name>
    <message>
        <source>The model gave no title.</source>
        <translation>Das Modell hat keinen Titel geliefert.</translation>
    </message>
</context>
<context>
    <name>ToolApproval</name>
    <message>
        <source>read-only</source>
        <translation>nur lesend</translation>
    </message>
    <message>
        <source>may change things</source>
        <translation>kann etwas ändern</translation>
    </message>
    <message>
        <source>destructive</source>
        <translation>zerstörend</translation>
    </message>
    <message>
        <source>not destructive</source>
        <translation>nicht zerstörend</translation>
    </message>
    <message>
        <source>idempotent</source>
        <translation>idempotent</translation>
    </message>
    <message>
        <source>not idempotent</source>
        <translation>nicht idempotent</translation>
    </message>
    <message>
        <source>reaches outside systems</source>
        <translation>erreicht externe Systeme</translation>
    </message>
    <message>
        <source>closed world</source>
        <translation>geschlossene Welt</translation>
    </message>
</context>
<context>
    <name>ToolApprovalPanel</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Always allow this &amp;tool</source>
        <translation>Dieses &amp;Werkzeug immer erlauben</translation>
    </message>
    <message>
        <source>Always allow this &amp;server</source>
        <translation>Diesen &amp;Server immer erlauben</translation>
    </message>
    <message>
        <source>Tool call waiting for approval</source>
        <translation>Werkzeugaufruf wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Arguments of the tool call</source>
        <translation>Argumente des Werkzeugaufrufs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Run the tool %1 of the MCP server %2?</source>
        <translation>Das Werkzeug %1 des MCP-Servers %2 ausführen?</translation>
    </message>
    <message>
        <source>The server says nothing about what this tool does to your data.</source>
        <translation>Der Server sagt nichts darüber, was dieses Werkzeug mit Ihren Daten macht.</translation>
    </message>
    <message>
        <source>The server says (unchecked): %1</source>
        <translation>Der Server sagt (ungeprüft): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s), all shown</source>
        <translation>
            <numerusform>%n Zeichen, alle angezeigt</numerusform>
            <numerusform>%n Zeichen, alle angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 from now on without asking (revoke in Settings)</source>
        <translation>%1 ab jetzt ohne Nachfrage ausführen (widerrufbar in den Einstellungen)</translation>
    </message>
    <message>
        <source>Run every tool of %1 from now on without asking (revoke in Settings)</source>
        <translation>Jedes Werkzeug von %1 ab jetzt ohne Nachfrage ausführen (widerrufbar in den Einstellungen)</translation>
    </message>
</context>
<context>
    <name>ToolStep</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>the tool reported an error</source>
        <translation>das Werkzeug meldete einen Fehler</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>no such tool</source>
        <translation>kein solches Werkzeug</translation>
    </message>
    <message>
        <source>bad arguments</source>
        <translation>ungültige Argumente</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Tool %1: %2</source>
        <translation>Werkzeug %1: %2</translation>
    </message>
    <message>
        <source>Tool %1 on %2: %3</source>
        <translation>Werkzeug %1 auf %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>Tool: %1 (offered to the model as %2)</source>
        <translation>Werkzeug: %1 (dem Modell angeboten als %2)</translation>
    </message>
    <message>
        <source>MCP server: %1</source>
        <translation>MCP-Server: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Started: %1, took %2 ms</source>
        <translation>Gestartet: %1, Dauer %2 ms</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultat:</translation>
    </message>
</context>
<context>
    <name>TurnAttachments</name>
    <message>
        <source>The attachment &quot;%1&quot; is no longer stored; it cannot be sent.</source>
        <translation>Der Anhang „%1“ ist nicht mehr gespeichert; er kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The model %1 does not take images (its server says so). Remove &quot;%2&quot; or pick a vision model.</source>
        <translation>Das Modell %1 nimmt keine Bilder an (sein Server sagt es). Entfernen Sie „%2“ oder wählen Sie ein Modell mit Bildverständnis.</translation>
    </message>
    <message>
        <source>%1 has no text layer (scanned?); this model gets PDFs as text — attach page images instead or use a provider that reads PDFs.</source>
        <translation>%1 hat keine Textebene (gescannt?); dieses Modell bekommt PDFs als Text — hängen Sie stattdessen Bilder der Seiten an oder nutzen Sie einen Anbieter, der PDFs liest.</translation>
    </message>
    <message>
        <source>The attachments of this message come to %1 as sent; %2 takes at most %3 per request. Remove some, or send them in several messages.</source>
        <translation>Die Anhänge dieser Nachricht ergeben gesendet %1; %2 nimmt höchstens %3 pro Anfrage. Entfernen Sie einige oder senden Sie sie in mehreren Nachrichten.</translation>
    </message>
    <message>
        <source>[The image %1 is left out here: the request would be too large.]</source>
        <translation>[Das Bild %1 ist hier weggelassen: Die Anfrage wäre zu groß.]</translation>
    </message>
    <message>
        <source>The files this chat sends come to %1, more than %2 takes per request (%3), even without earlier images. Start a new chat for more files, or send less.</source>
        <translation>Die Dateien, die dieser Chat sendet, ergeben %1, mehr als %2 pro Anfrage nimmt (%3), auch ohne frühere Bilder. Beginnen Sie einen neuen Chat für weitere Dateien, oder senden Sie weniger.</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>not a readable zip archive (%1)</source>
        <translation>kein lesbares ZIP-Archiv (%1)</translation>
    </message>
    <message>
        <source>%1 in the archive is larger than %2 MB</source>
        <translation>%1 im Archiv ist größer als %2 MB</translation>
    </message>
    <message>
        <source>cannot open %1 in the archive (%2)</source>
        <translation>%1 im Archiv kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (%2)</source>
        <translation>%1 im Archiv ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>the archive has no %1</source>
        <translation>das Archiv enthält keine Datei %1</translation>
    </message>
    <message>
        <source>this build of Confab cannot read .zip files; extract %1 and import that</source>
        <translation>diese Version von Confab kann keine .zip-Dateien lesen; entpacken Sie %1 und importieren Sie diese Datei</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop chat client for large language models</source>
        <translation>Desktop-Chat-Programm für große Sprachmodelle</translation>
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
        <source>Use a dark palette.</source>
        <translation>Eine dunkle Farbpalette verwenden.</translation>
    </message>
    <message>
        <source>Database file or postgresql:// URL to use.</source>
        <translation>Zu verwendende Datenbankdatei oder postgresql://-URL.</translation>
    </message>
</context>
</TS>
