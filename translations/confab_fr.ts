<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiKeyStore</name>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>No API key is stored for this profile (not found in the keychain).</source>
        <translation>Aucune clé d’API n’est enregistrée pour ce profil (introuvable dans le trousseau).</translation>
    </message>
    <message>
        <source>No keychain is available to store API keys%1. Confab never saves keys in plain text. On Linux, run a Secret Service such as GNOME Keyring or KWallet, with an unlocked default keyring, in your desktop session (it needs a D-Bus session bus). Until then, give the key for each run: confab-cli reads it from the %2 environment variable, and the app asks for it and keeps it in memory only until you quit.</source>
        <translation>Aucun trousseau n’est disponible pour enregistrer les clés d’API%1. Confab n’enregistre jamais les clés en clair. Sous Linux, lancez dans votre session de bureau un service compatible Secret Service, comme GNOME Keyring ou KWallet, avec un trousseau par défaut déverrouillé (il faut un bus de session D-Bus). D’ici là, donnez la clé à chaque exécution : confab-cli la lit dans la variable d’environnement %2, et l’application la demande et ne la garde en mémoire que jusqu’à ce que vous la quittiez.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied%1. Unlock your keyring (or allow Confab to use it) and try again.</source>
        <translation>L’accès au trousseau a été refusé%1. Déverrouillez votre trousseau (ou autorisez Confab à l’utiliser) et réessayez.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time%1. Check that your keyring is unlocked and not waiting for a password prompt.</source>
        <translation>Le trousseau n’a pas répondu à temps%1. Vérifiez que votre trousseau est déverrouillé et n’attend pas la saisie d’un mot de passe.</translation>
    </message>
    <message>
        <source>The keychain reported an error%1.</source>
        <translation>Le trousseau a signalé une erreur%1.</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>L’image collée n’a pas pu être lue.</translation>
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
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Pièce jointe %1</translation>
    </message>
</context>
<context>
    <name>AttachmentExport</name>
    <message>
        <source>The attachment &quot;%1&quot; could not be read from the database.</source>
        <translation>La pièce jointe « %1 » n’a pas pu être lue dans la base de données.</translation>
    </message>
    <message>
        <source>%1: &quot;attachments&quot; must be a list of at most %2 files</source>
        <translation>%1 : « attachments » doit être une liste d’au plus %2 fichiers</translation>
    </message>
    <message>
        <source>%1: the attachment &quot;%2&quot; is damaged (its sha256 does not match its data)</source>
        <translation>%1 : la pièce jointe « %2 » est endommagée (son sha256 ne correspond pas à ses données)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>AttachmentFile</name>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>« %1 » n’est pas un fichier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; attachments can be at most %3.</source>
        <translation>« %1 » fait %2 ; une pièce jointe peut faire au plus %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>« %1 » est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be attached: Confab sends images, PDFs and text files, and this is %2 (%3).</source>
        <translation>« %1 » ne peut pas être joint : Confab envoie des images, des PDF et des fichiers texte, et ceci est %2 (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image Confab can read (%2).</source>
        <translation>« %1 » n’est pas une image que Confab sait lire (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2×%3 pixels; images can be at most %4 pixels on a side.</source>
        <translation>« %1 » fait %2×%3 pixels ; une image peut faire au plus %4 pixels de côté.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PDF Confab can read (damaged or password-protected).</source>
        <translation>« %1 » n’est pas un PDF que Confab sait lire (endommagé ou protégé par mot de passe).</translation>
    </message>
    <message>
        <source>The text of &quot;%1&quot; is longer than %L2 characters; attach a part of it.</source>
        <translation>Le texte de « %1 » dépasse %L2 caractères ; joignez-en une partie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not UTF-8 text; save it as UTF-8 to attach it.</source>
        <translation>« %1 » n’est pas du texte UTF-8 ; enregistrez-le en UTF-8 pour le joindre.</translation>
    </message>
    <message>
        <source>A message can carry at most %1 attachments.</source>
        <translation>Un message peut porter au plus %1 pièces jointes.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
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
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, no text</source>
        <translation>%1 — %2, sans texte</translation>
    </message>
    <message>
        <source>%1 — %2, %L3 words</source>
        <translation>%1 — %2, %L3 mots</translation>
    </message>
    <message>
        <source>(This file has no text; a scanned PDF has only images of its pages.)</source>
        <translation>(Ce fichier n’a pas de texte ; un PDF scanné ne contient que des images de ses pages.)</translation>
    </message>
    <message>
        <source>

… %L1 more characters: open the file to read all of it.</source>
        <translation>

… %L1 caractères de plus : ouvrez le fichier pour tout lire.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
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
        <translation>Texte de %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Open or create a chat first.</source>
        <translation>Ouvrez ou créez d’abord une discussion.</translation>
    </message>
    <message>
        <source>No model is chosen. Pick one in Settings.</source>
        <translation>Aucun modèle choisi. Choisissez-en un dans les paramètres.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; is not supported.</source>
        <translation>Le fournisseur « %1 » n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>ChatGptImporter</name>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation>%1 n’a pas d’« id »</translation>
    </message>
    <message>
        <source>%1: &quot;mapping&quot; is missing or not an object</source>
        <translation>%1 : « mapping » manque ou n’est pas un objet</translation>
    </message>
    <message>
        <source>%1: node &quot;%2&quot; is not an object</source>
        <translation>%1 : le nœud « %2 » n’est pas un objet</translation>
    </message>
    <message>
        <source>%1: node &quot;%2&quot; has no &quot;content&quot; object</source>
        <translation>%1 : le nœud « %2 » n’a pas d’objet « content »</translation>
    </message>
    <message>
        <source>%1: node &quot;%2&quot; has a &quot;message&quot; that is not an object</source>
        <translation>%1 : le nœud « %2 » a un « message » qui n’est pas un objet</translation>
    </message>
    <message>
        <source>%1: node &quot;%2&quot; has &quot;children&quot; that is not a list</source>
        <translation>%1 : le nœud « %2 » a des « children » qui ne sont pas une liste</translation>
    </message>
    <message>
        <source>%1: node &quot;%2&quot; lists a child that is not in &quot;mapping&quot;</source>
        <translation>%1 : le nœud « %2 » cite un enfant absent de « mapping »</translation>
    </message>
    <message>
        <source>%1: &quot;current_node&quot; names a node no branch from the root reaches</source>
        <translation>%1 : « current_node » désigne un nœud qu’aucune branche depuis la racine n’atteint</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Model of this chat</source>
        <translation>Modèle de cette conversation</translation>
    </message>
    <message>
        <source>Switch this chat&apos;s model</source>
        <translation>Changer le modèle de cette conversation</translation>
    </message>
    <message>
        <source>%1 · no model chosen</source>
        <translation>%1 · aucun modèle choisi</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Demande de ses modèles à %1…</translation>
    </message>
    <message>
        <source>This protocol is not supported.</source>
        <translation>Ce protocole n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>No model list: %1</source>
        <translation>Pas de liste de modèles : %1</translation>
    </message>
    <message>
        <source>The server lists no models.</source>
        <translation>Le serveur n’indique aucun modèle.</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Code copied</source>
        <translation>Code copié</translation>
    </message>
    <message>
        <source>Message copied</source>
        <translation>Message copié</translation>
    </message>
    <message>
        <source>The reply failed: %1</source>
        <translation>La réponse a échoué : %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Select text…</source>
        <translation>&amp;Sélectionner le texte…</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Régénérer</translation>
    </message>
    <message>
        <source>&amp;Edit and resend…</source>
        <translation>&amp;Modifier et renvoyer…</translation>
    </message>
    <message>
        <source>&amp;Previous alternative</source>
        <translation>Alternative &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next alternative</source>
        <translation>Alternative &amp;suivante</translation>
    </message>
    <message>
        <source>A reply is still being written: stop it or wait, then send your edit again.</source>
        <translation>Une réponse est encore en cours d’écriture : arrêtez-la ou patientez, puis renvoyez votre modification.</translation>
    </message>
    <message>
        <source>The reply was cut off at the length limit.</source>
        <translation>La réponse a été coupée à la limite de longueur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer stored.</source>
        <translation>« %1 » n’est plus enregistré.</translation>
    </message>
    <message>
        <source>A message already waits for the database server; send this one when the server can be reached again.</source>
        <translation>Un message attend déjà le serveur de base de données ; envoyez celui-ci quand le serveur sera de nouveau joignable.</translation>
    </message>
</context>
<context>
    <name>ChatPreset</name>
    <message>
        <source>a preset has no name</source>
        <translation>un préréglage n’a pas de nom</translation>
    </message>
    <message>
        <source>preset &quot;%1&quot;: &quot;%2&quot; is not text</source>
        <translation>préréglage « %1 » : « %2 » n’est pas du texte</translation>
    </message>
    <message>
        <source>preset &quot;%1&quot;: &quot;settings&quot; is not an object</source>
        <translation>préréglage « %1 » : « settings » n’est pas un objet</translation>
    </message>
    <message>
        <source>preset &quot;%1&quot;: &quot;%2&quot; is not a number ≥ 0</source>
        <translation>préréglage « %1 » : « %2 » n’est pas un nombre ≥ 0</translation>
    </message>
</context>
<context>
    <name>ChatToolsBox</name>
    <message>
        <source>T&amp;ools from MCP servers</source>
        <translation>&amp;Outils des serveurs MCP</translation>
    </message>
    <message>
        <source>The app&apos;s servers (every enabled one)</source>
        <translation>Les serveurs de l’application (tous ceux activés)</translation>
    </message>
    <message>
        <source>MCP servers of this chat</source>
        <translation>Serveurs MCP de cette discussion</translation>
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
        <translation>Saisissez un message ci-dessous pour commencer.
Entrée envoie, Maj+Entrée ajoute une ligne, Échap arrête une réponse.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>alternative %1 of %2</source>
        <translation>variante %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n button(s): Left and Right choose, Enter presses</source>
        <translation>
            <numerusform>%n bouton : Gauche et Droite choisissent, Entrée appuie</numerusform>
            <numerusform>%n boutons : Gauche et Droite choisissent, Entrée appuie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatboxImporter</name>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation>%1 n’a pas d’« id »</translation>
    </message>
    <message>
        <source>%1: &quot;messages&quot; is missing or not a list</source>
        <translation>%1 : « messages » manque ou n’est pas une liste</translation>
    </message>
    <message>
        <source>%1: message %2 %3</source>
        <translation>%1 : message %2 : %3</translation>
    </message>
    <message>
        <source>%1: a message of fork &quot;%2&quot; %3</source>
        <translation>%1 : un message de la bifurcation « %2 » : %3</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Settings file with profiles and defaults (default: the app&apos;s).</source>
        <translation>Fichier de paramètres avec les profils et les valeurs par défaut (par défaut : celui de l’application).</translation>
    </message>
    <message>
        <source>Title of a new session.</source>
        <translation>Titre d’une nouvelle discussion.</translation>
    </message>
    <message>
        <source>System prompt of a new session.</source>
        <translation>Instruction système d’une nouvelle discussion.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Sortie lisible par une machine.</translation>
    </message>
    <message>
        <source>How many rows at most.</source>
        <translation>Nombre maximal de lignes.</translation>
    </message>
    <message>
        <source>Server base URL, e.g. http://localhost:11434/v1.</source>
        <translation>Adresse du serveur, p. ex. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Model name.</source>
        <translation>Nom du modèle.</translation>
    </message>
    <message>
        <source>Protocol: openai, anthropic, ollama, gemini.</source>
        <translation>Protocole : openai, anthropic, ollama, gemini.</translation>
    </message>
    <message>
        <source>Seconds without data before giving up.</source>
        <translation>Secondes sans données avant d’abandonner.</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>Écrire dans ce fichier plutôt que sur la sortie standard.</translation>
    </message>
    <message>
        <source>Preview the context with this new message.</source>
        <translation>Prévisualiser le contexte avec ce nouveau message.</translation>
    </message>
    <message>
        <source>History messages to send at most.</source>
        <translation>Nombre maximal de messages de l’historique à envoyer.</translation>
    </message>
    <message>
        <source>Prompt tokens to send at most.</source>
        <translation>Nombre maximal de jetons à envoyer dans la requête.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>note: %n reply/replies cut off by a crash were marked as interrupted; their text is kept.</source>
        <translation>
            <numerusform>remarque : %n réponse coupée par un plantage a été marquée comme interrompue ; son texte est conservé.</numerusform>
            <numerusform>remarque : %n réponses coupées par un plantage ont été marquées comme interrompues ; leur texte est conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>a session id is needed</source>
        <translation>un identifiant de discussion est nécessaire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session id</source>
        <translation>« %1 » n’est pas un identifiant de discussion</translation>
    </message>
    <message>
        <source>there is no session %1</source>
        <translation>aucune discussion n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>alternative %1 of %2</source>
        <translation>alternative %1 sur %2</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), about %1 tokens</source>
        <translation>
            <numerusform>%n message, environ %1 jetons</numerusform>
            <numerusform>%n messages, environ %1 jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n earlier message(s) left out</source>
        <translation>
            <numerusform> ; %n message antérieur omis</numerusform>
            <numerusform> ; %n messages antérieurs omis</numerusform>
        </translation>
    </message>
    <message>
        <source>the keychain refused access to the API key of &quot;%1&quot;: %2</source>
        <translation>le trousseau a refusé l’accès à la clé d’API de « %1 » : %2</translation>
    </message>
    <message>
        <source>note: %1 Set CONFAB_API_KEY to give the key for this run.</source>
        <translation>remarque : %1 Définissez CONFAB_API_KEY pour donner la clé pour cette exécution.</translation>
    </message>
    <message>
        <source>send needs the text of the message</source>
        <translation>send a besoin du texte du message</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL</source>
        <translation>« %1 » n’est pas une URL</translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot;</source>
        <translation>fournisseur inconnu « %1 »</translation>
    </message>
    <message>
        <source>send needs --model NAME</source>
        <translation>send a besoin de --model NAME</translation>
    </message>
    <message>
        <source>the message could not be sent</source>
        <translation>le message n’a pas pu être envoyé</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import a besoin d’au moins un fichier ou dossier</translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation>search a besoin d’un texte à rechercher</translation>
    </message>
    <message>
        <source>(cut off: the program writing this reply stopped; the text that arrived is kept)</source>
        <translation>(interrompue : le programme qui écrivait cette réponse s’est arrêté ; le texte reçu est conservé)</translation>
    </message>
    <message>
        <source>Send the API key over plain http to a host beyond this machine and its local network.</source>
        <translation>Envoyer la clé d’API en http non chiffré à un hôte hors de cette machine et de son réseau local.</translation>
    </message>
    <message>
        <source>Nothing was sent; use https, or --insecure to send it anyway.</source>
        <translation>Rien n’a été envoyé ; utilisez https, ou --insecure pour l’envoyer quand même.</translation>
    </message>
    <message>
        <source>Export format: json, md or html.</source>
        <translation>Format d’export : json, md ou html.</translation>
    </message>
    <message numerus="yes">
        <source>imported %1 (%2): %n chat(s), sessions %3</source>
        <translation>
            <numerusform>%1 (%2) importé : %n chat, session %3</numerusform>
            <numerusform>%1 (%2) importé : %n chats, sessions %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %1: %n chat(s) already imported</source>
        <translation>
            <numerusform>%1 ignoré : %n chat déjà importé</numerusform>
            <numerusform>%1 ignoré : %n chats déjà importés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) has no messages to import</source>
        <translation>%1 (%2) ne contient aucun message à importer</translation>
    </message>
    <message>
        <source>--format must be json, md or html</source>
        <translation>--format doit être json, md ou html</translation>
    </message>
    <message>
        <source>The model&apos;s context in tokens (instead of the server&apos;s).</source>
        <translation>Le contexte du modèle en jetons (au lieu de celui du serveur).</translation>
    </message>
    <message>
        <source> (server context %1, %2 kept for the reply)</source>
        <translation> (contexte du serveur %1, %2 réservés à la réponse)</translation>
    </message>
    <message>
        <source>warning: the newest message alone does not fit in the window; it is sent anyway.</source>
        <translation>attention : le dernier message seul ne tient pas dans la fenêtre ; il est envoyé quand même.</translation>
    </message>
    <message>
        <source>note: the reply was cut off at the length limit.</source>
        <translation>remarque : la réponse a été coupée à la limite de longueur.</translation>
    </message>
    <message>
        <source>note: the server dropped part of the history (it counted far fewer prompt tokens than were sent).</source>
        <translation>remarque : le serveur a laissé tomber une partie de l’historique (il a compté bien moins de jetons que ceux envoyés).</translation>
    </message>
    <message>
        <source>A file to send with the message (repeat for more).</source>
        <translation>Un fichier à envoyer avec le message (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>attached: %1 (%2, %3)</source>
        <translation>joint : %1 (%2, %3)</translation>
    </message>
    <message>
        <source>attached: %1 (%2)</source>
        <translation>joint : %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Une des commandes ci-dessous.</translation>
    </message>
    <message>
        <source>Provider profile: its name or id (confab-cli profiles).</source>
        <translation>Profil de fournisseur : son nom ou son identifiant (confab-cli profiles).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>MODIFIÉ</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MESSAGES</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>No provider profiles in %1; add one in the app&apos;s Settings.</source>
        <translation>Aucun profil de fournisseur dans %1 ; ajoutez-en un dans les réglages de l’application.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>POINT D’ACCÈS</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>there is no provider profile &quot;%1&quot;: %2 has none (add one in the app&apos;s Settings)</source>
        <translation>il n’y a pas de profil de fournisseur « %1 » : %2 n’en contient aucun (ajoutez-en un dans les réglages de l’application)</translation>
    </message>
    <message>
        <source>there is no provider profile &quot;%1&quot;; the profiles are: %2</source>
        <translation>il n’y a pas de profil de fournisseur « %1 » ; les profils sont : %2</translation>
    </message>
    <message>
        <source>send needs --endpoint URL (e.g. http://localhost:11434/v1) or --profile NAME</source>
        <translation>send a besoin de --endpoint URL (par ex. http://localhost:11434/v1) ou de --profile NOM</translation>
    </message>
    <message>
        <source>Database file or postgresql:// URL (default: the app&apos;s file).</source>
        <translation>Fichier de base de données ou URL postgresql:// (par défaut : le fichier de l&apos;application).</translation>
    </message>
    <message>
        <source>the keychain refused access to the database password: %1</source>
        <translation>le trousseau a refusé l&apos;accès au mot de passe de la base de données : %1</translation>
    </message>
    <message>
        <source>copy: the store to copy from (file or postgresql:// URL).</source>
        <translation>copy : la base à copier (fichier ou URL postgresql://).</translation>
    </message>
    <message>
        <source>copy: the store to copy into (file or postgresql:// URL).</source>
        <translation>copy : la base où copier (fichier ou URL postgresql://).</translation>
    </message>
    <message>
        <source>the reply could not be saved: the database server did not come back</source>
        <translation>la réponse n’a pas pu être enregistrée : le serveur de base de données n’est pas revenu</translation>
    </message>
    <message>
        <source>the database server is back; the whole reply is saved.</source>
        <translation>le serveur de base de données est revenu ; toute la réponse est enregistrée.</translation>
    </message>
    <message>
        <source>note: waiting for the database server to save the reply (Ctrl+C gives up).</source>
        <translation>remarque : en attente du serveur de base de données pour enregistrer la réponse (Ctrl+C pour abandonner).</translation>
    </message>
</context>
<context>
    <name>CliError</name>
    <message>
        <source>Try &apos;confab-cli --help&apos;.</source>
        <translation>Essayez &apos;confab-cli --help&apos;.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Envoyer (Entrée)</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Stop the reply; the text received so far is kept (Esc)</source>
        <translation>Arrêter la réponse ; le texte déjà reçu est conservé (Échap)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attach images, PDFs or text files (or drop or paste them here)</source>
        <translation>Joindre des images, des PDF ou des fichiers texte (ou les déposer ou coller ici)</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf *.txt *.md *.csv *.json *.xml *.yaml *.yml *.log *.c *.cpp *.h *.py *.js *.ts *.rs *.go *.java *.sh);;All files (*)</source>
        <translation>Images, PDF et texte (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf *.txt *.md *.csv *.json *.xml *.yaml *.yml *.log *.c *.cpp *.h *.py *.js *.ts *.rs *.go *.java *.sh);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ComposerEdit</name>
    <message>
        <source>Message the model… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Message au modèle… (Entrée pour envoyer, Maj+Entrée pour une nouvelle ligne)</translation>
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
        <translation>%1 sur %2 jetons (contexte du serveur %2, %3 réservés à la réponse)</translation>
    </message>
    <message>
        <source>%1 of %2 tokens (server context unknown)</source>
        <translation>%1 sur %2 jetons (contexte du serveur inconnu)</translation>
    </message>
    <message>
        <source>%1 tokens (server context unknown)</source>
        <translation>%1 jetons (contexte du serveur inconnu)</translation>
    </message>
    <message>
        <source>The newest message alone does not fit: the server may cut or refuse it.</source>
        <translation>Le dernier message seul ne tient pas : le serveur peut le couper ou le refuser.</translation>
    </message>
    <message numerus="yes">
        <source>· %n attachment(s): %1</source>
        <translation>
            <numerusform>· %n pièce jointe : %1</numerusform>
            <numerusform>· %n pièces jointes : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>copy needs --from PATH_OR_URL and --to PATH_OR_URL</source>
        <translation>copy a besoin de --from CHEMIN_OU_URL et --to CHEMIN_OU_URL</translation>
    </message>
    <message>
        <source>--from and --to are the same store</source>
        <translation>--from et --to désignent la même base</translation>
    </message>
    <message>
        <source>there is no database %1 to copy from</source>
        <translation>il n’y a pas de base %1 à copier</translation>
    </message>
    <message>
        <source>the keychain refused access to the database password: %1</source>
        <translation>le trousseau a refusé l&apos;accès au mot de passe de la base de données : %1</translation>
    </message>
    <message>
        <source>copy: %1/%2 chats (%3 copied, %4 already there, %5 failed)</source>
        <translation>copy : %1/%2 discussions (%3 copiées, %4 déjà présentes, %5 en échec)</translation>
    </message>
    <message>
        <source>Not everything was copied; run the same command again to copy the rest.</source>
        <translation>Tout n’a pas été copié ; relancez la même commande pour copier le reste.</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>A file (~/chats.sqlite) or postgresql://user@host:5432/database</source>
        <translation>Un fichier (~/chats.sqlite) ou postgresql://utilisateur@hôte:5432/base</translation>
    </message>
    <message>
        <source>Database file or PostgreSQL URL</source>
        <translation>Fichier de base de données ou URL PostgreSQL</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Kept in the system keychain; empty: the saved one or ~/.pgpass</source>
        <translation>Conservé dans le trousseau du système ; vide : celui enregistré ou ~/.pgpass</translation>
    </message>
    <message>
        <source>Default (TLS when the server offers it)</source>
        <translation>Par défaut (TLS si le serveur le propose)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Required, certificate checked</source>
        <translation>Obligatoire, certificat vérifié</translation>
    </message>
    <message>
        <source>Required, certificate and host name checked</source>
        <translation>Obligatoire, certificat et nom d’hôte vérifiés</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>Les certificats du système</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier du certificat de l’autorité (CA)</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Chats are kept in an SQLite file on this computer, or on a PostgreSQL server shared by several computers. The choice is used from the next start (--db on the command line still wins); when it changes, Confab offers to copy the chats there.</source>
        <translation>Les discussions sont conservées dans un fichier SQLite sur cet ordinateur, ou sur un serveur PostgreSQL partagé par plusieurs ordinateurs. Le choix s’applique au prochain démarrage (--db sur la ligne de commande reste prioritaire) ; s’il change, Confab propose d’y copier les discussions.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS :</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>Certificat de l’&amp;autorité :</translation>
    </message>
    <message>
        <source>Confab cannot use this database: %1</source>
        <translation>Confab ne peut pas utiliser cette base de données : %1</translation>
    </message>
    <message>
        <source>the keychain refused access to the password: %1</source>
        <translation>le trousseau a refusé l’accès au mot de passe : %1</translation>
    </message>
    <message>
        <source>Confab can open this database.</source>
        <translation>Confab peut ouvrir cette base de données.</translation>
    </message>
    <message>
        <source>the keychain did not keep the password: %1</source>
        <translation>le trousseau n’a pas conservé le mot de passe : %1</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>%1 is not encrypted (http) and not on this machine or your local network: the API key and the messages would travel in the clear. Use https unless you trust every network in between.</source>
        <translation>%1 n’est pas chiffré (http) et ne se trouve ni sur cette machine ni sur votre réseau local : la clé d’API et les messages circuleraient en clair. Utilisez https, sauf si vous faites confiance à tous les réseaux intermédiaires.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Confab</source>
        <translation>Bienvenue dans Confab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Confab&lt;/h3&gt;&lt;p&gt;Confab talks to a language model server. It starts with a local &lt;a href=&quot;https://ollama.com&quot;&gt;Ollama&lt;/a&gt; on this computer; you can also pick OpenAI, Anthropic, Gemini or any OpenAI-compatible server.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Test connection&lt;/b&gt; to check the server and choose a model. API keys are kept in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenue dans Confab&lt;/h3&gt;&lt;p&gt;Confab dialogue avec un serveur de modèles de langage. Il commence avec un &lt;a href=&quot;https://ollama.com&quot;&gt;Ollama&lt;/a&gt; local sur cet ordinateur ; vous pouvez aussi choisir OpenAI, Anthropic, Gemini ou tout serveur compatible OpenAI.&lt;/p&gt;&lt;p&gt;Cliquez sur &lt;b&gt;Tester la connexion&lt;/b&gt; pour vérifier le serveur et choisir un modèle. Les clés d’API sont conservées dans le trousseau du système.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Local Ollama</source>
        <translation>Ollama local</translation>
    </message>
    <message>
        <source>&amp;Start chatting</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Please give the profile a name and an http(s) endpoint URL.</source>
        <translation>Veuillez donner au profil un nom et une adresse http(s).</translation>
    </message>
</context>
<context>
    <name>HistoryImporter</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON non valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>Confab (legacy)</source>
        <translation>Confab (ancien format)</translation>
    </message>
    <message>
        <source>not a chat export Confab knows (ChatGPT, Open WebUI, LibreChat, Chatbox or Confab)</source>
        <translation>pas un export de chats que Confab connaît (ChatGPT, Open WebUI, LibreChat, Chatbox ou Confab)</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported from it</source>
        <translation>%1 : %2 ; rien n’en a été importé</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>impossible de lire le fichier (%1)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, the most Confab imports at once</source>
        <translation>le fichier dépasse %1 Mo, le maximum que Confab importe d’un coup</translation>
    </message>
    <message>
        <source>could not be saved (%1)</source>
        <translation>n’a pas pu être enregistré (%1)</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>conversation %1</translation>
    </message>
    <message>
        <source>conversation %1 (&quot;%2&quot;)</source>
        <translation>conversation %1 (« %2 »)</translation>
    </message>
</context>
<context>
    <name>LegacyImporter</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON non valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;session_id&quot; and &quot;messages&quot;</source>
        <translation>un objet JSON avec &quot;session_id&quot; et &quot;messages&quot; était attendu</translation>
    </message>
    <message>
        <source>&quot;session_id&quot; is missing or not a string</source>
        <translation>&quot;session_id&quot; est absent ou n’est pas une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 timestamp</source>
        <translation>&quot;%1&quot; n’est pas un horodatage ISO 8601</translation>
    </message>
    <message>
        <source>&quot;messages&quot; is missing or not a list</source>
        <translation>&quot;messages&quot; est absent ou n’est pas une liste</translation>
    </message>
    <message>
        <source>message %1 has no text (&quot;content&quot; must be a string)</source>
        <translation>le message %1 n’a pas de texte (&quot;content&quot; doit être une chaîne)</translation>
    </message>
    <message>
        <source>message %1 has the role &quot;%2&quot;; Confab knows user, assistant and system</source>
        <translation>le message %1 a le rôle « %2 » ; Confab connaît user, assistant et system</translation>
    </message>
    <message>
        <source>message %1 has a timestamp that is not ISO-8601</source>
        <translation>le message %1 a un horodatage qui n’est pas au format ISO 8601</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1 : impossible de lire le fichier (%2)</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported from it</source>
        <translation>%1 : %2 ; rien n’en a été importé</translation>
    </message>
    <message>
        <source>%1: could not be saved (%2)</source>
        <translation>%1 : n’a pas pu être enregistré (%2)</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB, too large for a session file; nothing was imported from it</source>
        <translation>%1 : le fichier dépasse %2 Mio, trop gros pour un fichier de session ; rien n’en a été importé</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>message %1</translation>
    </message>
</context>
<context>
    <name>LibreChatImporter</name>
    <message>
        <source>the conversation</source>
        <translation>la conversation</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1: message %2 is not an object</source>
        <translation>%1 : le message %2 n’est pas un objet</translation>
    </message>
    <message>
        <source>%1: message %2 has no &quot;messageId&quot;</source>
        <translation>%1 : le message %2 n’a pas de « messageId »</translation>
    </message>
    <message>
        <source>%1: message &quot;%2&quot; has a &quot;createdAt&quot; that is not ISO-8601</source>
        <translation>%1 : le message « %2 » a un « createdAt » qui n’est pas ISO-8601</translation>
    </message>
    <message>
        <source>%1: the parents of some messages form a cycle</source>
        <translation>%1 : les parents de certains messages forment un cycle</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>This link is not a web address. Open it only if you trust it:

%1</source>
        <translation>Ce lien n’est pas une adresse web. Ne l’ouvrez que si vous lui faites confiance :

%1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
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
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Estimated size of the next request</source>
        <translation>Taille estimée de la prochaine requête</translation>
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
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <source>&amp;Export Chat…</source>
        <translation>&amp;Exporter la discussion…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Chat Se&amp;ttings…</source>
        <translation>Paramètres de la &amp;discussion…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find in Chats</source>
        <translation>&amp;Rechercher dans les discussions</translation>
    </message>
    <message>
        <source>&amp;Copy Last Reply</source>
        <translation>&amp;Copier la dernière réponse</translation>
    </message>
    <message>
        <source>&amp;Regenerate Reply</source>
        <translation>&amp;Régénérer la réponse</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Re&amp;name Chat…</source>
        <translation>Re&amp;nommer la discussion…</translation>
    </message>
    <message>
        <source>&amp;Pin/Unpin Chat</source>
        <translation>É&amp;pingler/détacher la discussion</translation>
    </message>
    <message>
        <source>&amp;Delete Chat</source>
        <translation>&amp;Supprimer la discussion</translation>
    </message>
    <message>
        <source>&amp;About Confab</source>
        <translation>À &amp;propos de Confab</translation>
    </message>
    <message>
        <source>About Confab</source>
        <translation>À propos de Confab</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confab&lt;/b&gt; %1&lt;br&gt;A desktop chat client for large language models.&lt;br&gt;Every chat lives in one database: what you see is what the model is sent.</source>
        <translation>&lt;b&gt;Confab&lt;/b&gt; %1&lt;br&gt;Un client de discussion de bureau pour les grands modèles de langage.&lt;br&gt;Chaque discussion est dans une seule base de données : ce que vous voyez est ce que reçoit le modèle.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>No model chosen</source>
        <translation>Aucun modèle choisi</translation>
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
        <translation>« %1 » supprimée.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
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
        <translation>Exporter la discussion</translation>
    </message>
    <message>
        <source>The chat could not be exported: %1</source>
        <translation>La discussion n’a pas pu être exportée : %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportée vers %1</translation>
    </message>
    <message>
        <source>Could not save to the database: %1</source>
        <translation>Impossible d’enregistrer dans la base de données : %1</translation>
    </message>
    <message>
        <source>Storage error: %1</source>
        <translation>Erreur d’enregistrement : %1</translation>
    </message>
    <message>
        <source>The API key could not be saved in the keychain; Confab keeps it only until you quit. %1</source>
        <translation>La clé d’API n’a pas pu être enregistrée dans le trousseau ; Confab la conserve seulement jusqu’à ce que vous quittiez. %1</translation>
    </message>
    <message>
        <source>The API key could not be read from the keychain. %1</source>
        <translation>La clé d’API n’a pas pu être lue dans le trousseau. %1</translation>
    </message>
    <message>
        <source>Enter &amp;key…</source>
        <translation>Saisir la &amp;clé…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>API key for “%1”. It stays in memory until you quit and is never written to disk.</source>
        <translation>Clé d’API pour « %1 ». Elle reste en mémoire jusqu’à ce que vous quittiez et n’est jamais écrite sur le disque.</translation>
    </message>
    <message>
        <source>&amp;Import Chats…</source>
        <translation>&amp;Importer des chats…</translation>
    </message>
    <message>
        <source>Import Chats</source>
        <translation>Importer des chats</translation>
    </message>
    <message>
        <source>Chat exports (*.json *.zip);;All files (*)</source>
        <translation>Exports de chats (*.json *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Print Chat…</source>
        <translation>Im&amp;primer le chat…</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n chat(s) imported</source>
        <translation>
            <numerusform>%1 (%2) : %n chat importé</numerusform>
            <numerusform>%1 (%2) : %n chats importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà présent</numerusform>
            <numerusform>%n déjà présents</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Chat</source>
        <translation>Imprimer le chat</translation>
    </message>
    <message>
        <source>Next request: %1</source>
        <translation>Prochaine requête : %1</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>O&amp;utils</translation>
    </message>
    <message>
        <source>The database server can be reached again; what was kept is being saved.</source>
        <translation>Le serveur de base de données est de nouveau joignable ; ce qui a été conservé est en cours d’enregistrement.</translation>
    </message>
    <message>
        <source>Database server reconnected.</source>
        <translation>Serveur de base de données reconnecté.</translation>
    </message>
    <message>
        <source>New Chat from &amp;Preset</source>
        <translation>Nouvelle conversation depuis un &amp;préréglage</translation>
    </message>
    <message>
        <source>None yet: add them in Settings › Presets</source>
        <translation>Aucun pour l’instant : ajoutez-en dans Paramètres › Préréglages</translation>
    </message>
    <message>
        <source>The chat was not renamed</source>
        <translation>La discussion n’a pas été renommée</translation>
    </message>
    <message>
        <source>The chat was not deleted</source>
        <translation>La discussion n’a pas été supprimée</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>%1: the database server cannot be reached. Nothing was changed; try again when it is back.</source>
        <translation>%1 : le serveur de base de données est injoignable. Rien n’a été modifié ; réessayez quand il sera de retour.</translation>
    </message>
</context>
<context>
    <name>McpServerEditor</name>
    <message>
        <source>Edit MCP Server</source>
        <translation>Modifier le serveur MCP</translation>
    </message>
    <message>
        <source>Add MCP Server</source>
        <translation>Ajouter un serveur MCP</translation>
    </message>
    <message>
        <source>Program (stdio)</source>
        <translation>Programme (stdio)</translation>
    </message>
    <message>
        <source>URL (Streamable HTTP)</source>
        <translation>URL (Streamable HTTP)</translation>
    </message>
    <message>
        <source>One argument per line</source>
        <translation>Un argument par ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Commande :</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>A&amp;rguments :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Add &amp;Value</source>
        <translation>Ajouter une &amp;valeur</translation>
    </message>
    <message>
        <source>Remove Va&amp;lue</source>
        <translation>Supprimer la va&amp;leur</translation>
    </message>
    <message>
        <source>Kept in the keychain; type a new value to replace it.</source>
        <translation>Conservé dans le trousseau ; saisissez une nouvelle valeur pour le remplacer.</translation>
    </message>
    <message>
        <source>HTTP headers (a secret one, such as Authorization, goes to the keychain):</source>
        <translation>En-têtes HTTP (un en-tête secret, comme Authorization, va dans le trousseau) :</translation>
    </message>
    <message>
        <source>Environment variables (a secret one, such as an API key, goes to the keychain):</source>
        <translation>Variables d’environnement (une variable secrète, comme une clé d’API, va dans le trousseau) :</translation>
    </message>
    <message>
        <source>There is already an MCP server named &quot;%1&quot;.</source>
        <translation>Il existe déjà un serveur MCP nommé « %1 ».</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; has no value.</source>
        <translation>Le secret « %1 » n’a pas de valeur.</translation>
    </message>
</context>
<context>
    <name>McpServersPage</name>
    <message>
        <source>&amp;Revoke &quot;always allow&quot;</source>
        <translation>&amp;Révoquer « toujours autoriser »</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Serveurs MCP</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No MCP server is set up.</source>
        <translation>Aucun serveur MCP n’est configuré.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n tool(s).</source>
        <translation>
            <numerusform>Connecté : %n outil.</numerusform>
            <numerusform>Connecté : %n outils.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Every call of %1 is put to you first.</source>
        <translation>Chaque appel de %1 vous est d’abord soumis.</translation>
    </message>
    <message>
        <source>Always allowed: every tool of %1.</source>
        <translation>Toujours autorisé : tous les outils de %1.</translation>
    </message>
    <message>
        <source>Always allowed: %1.</source>
        <translation>Toujours autorisé : %1.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Servers from an mcpServers JSON file (Claude Desktop, Cursor, LM Studio)</source>
        <translation>Serveurs d’un fichier JSON mcpServers (Claude Desktop, Cursor, LM Studio)</translation>
    </message>
    <message>
        <source>The tools of the checked servers are offered to the model; every call is shown to you first unless you chose to always allow it. Secret values are kept in the keychain.</source>
        <translation>Les outils des serveurs cochés sont proposés au modèle ; chaque appel vous est d’abord montré, sauf si vous avez choisi de toujours l’autoriser. Les valeurs secrètes sont conservées dans le trousseau.</translation>
    </message>
    <message>
        <source>No keychain: server &quot;%1&quot; cannot keep its secrets.</source>
        <translation>Pas de trousseau : le serveur « %1 » ne peut pas conserver ses secrets.</translation>
    </message>
    <message>
        <source>There is already an MCP server named &quot;%1&quot;.</source>
        <translation>Il existe déjà un serveur MCP nommé « %1 ».</translation>
    </message>
    <message>
        <source>Could not save the settings.</source>
        <translation>Impossible d’enregistrer les paramètres.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>There is no MCP server named &quot;%1&quot; any more.</source>
        <translation>Il n’y a plus de serveur MCP nommé « %1 ».</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Remove MCP Server</source>
        <translation>Supprimer le serveur MCP</translation>
    </message>
    <message>
        <source>Remove the MCP server &quot;%1&quot; and its secrets from the keychain?</source>
        <translation>Supprimer le serveur MCP « %1 » et ses secrets du trousseau ?</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Removed %1, but: %2</source>
        <translation>%1 supprimé, mais : %2</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Import MCP Servers</source>
        <translation>Importer des serveurs MCP</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Rien importé : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is already a server of that name</source>
        <translation>« %1 » : il existe déjà un serveur de ce nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no keychain for its secrets</source>
        <translation>« %1 » : pas de trousseau pour ses secrets</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>No server imported.</source>
        <translation>Aucun serveur importé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s): %1.</source>
        <translation>
            <numerusform>%n serveur importé : %1.</numerusform>
            <numerusform>%n serveurs importés : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Laissés de côté : %1</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Generating</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message numerus="yes">
        <source>Context starts here — %n or more earlier message(s) not sent</source>
        <translation>
            <numerusform>Le contexte commence ici — %n message antérieur ou plus non envoyé</numerusform>
            <numerusform>Le contexte commence ici — %n messages antérieurs ou plus non envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Context starts here — %n earlier message(s) not sent</source>
        <translation>
            <numerusform>Le contexte commence ici — %n message antérieur non envoyé</numerusform>
            <numerusform>Le contexte commence ici — %n messages antérieurs non envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message numerus="yes">
        <source>~%n token(s)</source>
        <translation>
            <numerusform>~%n jeton</numerusform>
            <numerusform>~%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in · %2 out tokens</source>
        <translation>%1 jetons en entrée · %2 en sortie</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous alternative</source>
        <translation>Alternative précédente</translation>
    </message>
    <message>
        <source>Next alternative</source>
        <translation>Alternative suivante</translation>
    </message>
    <message>
        <source>Ask again for a new alternative reply (Ctrl+R for the last one)</source>
        <translation>Redemander une autre réponse (Ctrl+R pour la dernière)</translation>
    </message>
    <message>
        <source>Edit and resend as a new branch; the original stays available</source>
        <translation>Modifier et renvoyer comme nouvelle branche ; l’original reste disponible</translation>
    </message>
    <message>
        <source>Cut off: the program writing this reply stopped (a crash, or it was killed). The text that arrived is kept; Retry asks again.</source>
        <translation>Interrompue : le programme qui écrivait cette réponse s’est arrêté (un plantage, ou il a été tué). Le texte reçu est conservé ; Réessayer redemande.</translation>
    </message>
    <message>
        <source>The server dropped part of the history: it read far fewer tokens than were sent. Lower the context length in the chat&apos;s settings, or start a new chat.</source>
        <translation>Le serveur a laissé tomber une partie de l’historique : il a lu bien moins de jetons que ceux envoyés. Réduisez la longueur de contexte dans les réglages de la discussion, ou commencez une nouvelle discussion.</translation>
    </message>
    <message>
        <source>Cut off at the length limit.</source>
        <translation>Coupée à la limite de longueur.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>%1: open it full size, or save it</source>
        <translation>%1 : l’ouvrir en taille réelle, ou l’enregistrer</translation>
    </message>
    <message>
        <source>Stopped before any text</source>
        <translation>Arrêtée avant tout texte</translation>
    </message>
    <message>
        <source>Interrupted before any text</source>
        <translation>Interrompue avant tout texte</translation>
    </message>
    <message>
        <source>(empty reply)</source>
        <translation>(réponse vide)</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <source>Regenerate reply</source>
        <translation>Régénérer la réponse</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <source>Copy code block %1</source>
        <translation>Copier le bloc de code %1</translation>
    </message>
    <message>
        <source>Hide thinking</source>
        <translation>Masquer la réflexion</translation>
    </message>
    <message>
        <source>Show thinking</source>
        <translation>Afficher la réflexion</translation>
    </message>
    <message>
        <source>Continue the reply</source>
        <translation>Poursuivre la réponse</translation>
    </message>
    <message>
        <source>Hide the text of %1</source>
        <translation>Masquer le texte de %1</translation>
    </message>
    <message>
        <source>Show the text of %1</source>
        <translation>Afficher le texte de %1</translation>
    </message>
    <message>
        <source>Show or hide the text in the chat</source>
        <translation>Afficher ou masquer le texte dans la discussion</translation>
    </message>
    <message>
        <source>Hide the tool step&apos;s details</source>
        <translation>Masquer les détails de l’étape d’outil</translation>
    </message>
    <message>
        <source>Show the tool step&apos;s details</source>
        <translation>Afficher les détails de l’étape d’outil</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
</context>
<context>
    <name>MessageDocumentCache</name>
    <message numerus="yes">
        <source>[… %n more character(s) not shown here: Copy or “Select text…” has the whole message]</source>
        <translation>
            <numerusform>[… %n caractère de plus non affiché ici : « Copier » ou « Sélectionner le texte… » contient tout le message]</numerusform>
            <numerusform>[… %n caractères de plus non affichés ici : « Copier » ou « Sélectionner le texte… » contient tout le message]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Edit message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <source>Save &amp;&amp; send</source>
        <translation>Enregistrer &amp;&amp; envoyer</translation>
    </message>
    <message>
        <source>Send the edited message as a new branch (Ctrl+Enter)</source>
        <translation>Envoyer le message modifié comme nouvelle branche (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends · Esc cancels</source>
        <translation>Ctrl+Entrée envoie · Échap annule</translation>
    </message>
    <message>
        <source>Edit the message; Ctrl+Enter sends it as a new branch</source>
        <translation>Modifiez le message ; Ctrl+Entrée l’envoie comme nouvelle branche</translation>
    </message>
</context>
<context>
    <name>MessageViewer</name>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>Tout &amp;copier</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>Fermer l’avis</translation>
    </message>
</context>
<context>
    <name>OpenWebUiImporter</name>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation>%1 n’a pas d’« id »</translation>
    </message>
    <message>
        <source>%1: &quot;chat.history.messages&quot; is missing or not an object</source>
        <translation>%1 : « chat.history.messages » manque ou n’est pas un objet</translation>
    </message>
    <message>
        <source>%1: message &quot;%2&quot; is not an object</source>
        <translation>%1 : le message « %2 » n’est pas un objet</translation>
    </message>
    <message>
        <source>%1: message &quot;%2&quot; has a &quot;content&quot; that is not text</source>
        <translation>%1 : le message « %2 » a un « content » qui n’est pas du texte</translation>
    </message>
    <message>
        <source>%1: the parentId links of some messages form a cycle</source>
        <translation>%1 : les liens parentId de certains messages forment un cycle</translation>
    </message>
    <message>
        <source>%1: &quot;currentId&quot; names a message that is not in the chat</source>
        <translation>%1 : « currentId » désigne un message absent du chat</translation>
    </message>
</context>
<context>
    <name>PresetCommands</name>
    <message>
        <source>new: start the chat from this preset (confab-cli presets).</source>
        <translation>new : démarrer la conversation depuis ce préréglage (confab-cli presets).</translation>
    </message>
    <message>
        <source>presets add: the sampling temperature.</source>
        <translation>presets add : la température d’échantillonnage.</translation>
    </message>
    <message>
        <source>unknown presets command &quot;%1&quot;</source>
        <translation>commande presets inconnue « %1 »</translation>
    </message>
    <message>
        <source>there is no preset &quot;%1&quot;: %2 has none (confab-cli presets add)</source>
        <translation>il n’y a pas de préréglage « %1 » : %2 n’en a aucun (confab-cli presets add)</translation>
    </message>
    <message>
        <source>there is no preset &quot;%1&quot;; the presets are: %2</source>
        <translation>il n’y a pas de préréglage « %1 » ; les préréglages sont : %2</translation>
    </message>
    <message>
        <source>No presets in %1; add one with confab-cli presets add NAME.</source>
        <translation>Aucun préréglage dans %1 ; ajoutez-en un avec confab-cli presets add NOM.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>SYSTEM PROMPT</source>
        <translation>PROMPT SYSTÈME</translation>
    </message>
    <message>
        <source>presets add needs a name</source>
        <translation>presets add a besoin d’un nom</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;</source>
        <translation>--%1 a besoin d’un nombre, pas de « %2 »</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>presets remove needs a name</source>
        <translation>presets remove a besoin d’un nom</translation>
    </message>
    <message>
        <source>there is no preset &quot;%1&quot;</source>
        <translation>il n’y a pas de préréglage « %1 »</translation>
    </message>
    <message>
        <source>presets import needs a file</source>
        <translation>presets import a besoin d’un fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n preset(s) imported</source>
        <translation>
            <numerusform>%n préréglage importé</numerusform>
            <numerusform>%n préréglages importés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON : %1 à l’octet %2</translation>
    </message>
    <message>
        <source>no &quot;presets&quot; list in the file</source>
        <translation>pas de liste « presets » dans le fichier</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1 : %2 ; rien n’a été importé</translation>
    </message>
</context>
<context>
    <name>PresetsPage</name>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <source>e.g. Code reviewer</source>
        <translation>p. ex. Relecteur de code</translation>
    </message>
    <message>
        <source>e.g. You review C++ code and point out bugs.</source>
        <translation>p. ex. Tu relis du code C++ et signales les bogues.</translation>
    </message>
    <message>
        <source>Preset system prompt</source>
        <translation>Prompt système du préréglage</translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation>Fournisseur par défaut</translation>
    </message>
    <message>
        <source>The provider&apos;s model</source>
        <translation>Le modèle du fournisseur</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Save preset</source>
        <translation>&amp;Enregistrer le préréglage</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation>Importer des préréglages</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Presets</source>
        <translation>Exporter les préréglages</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>System &amp;prompt:</source>
        <translation>&amp;Prompt système :</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Fo&amp;urnisseur :</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Température :</translation>
    </message>
    <message>
        <source>&amp;History limit:</source>
        <translation>Limite d’&amp;historique :</translation>
    </message>
    <message>
        <source>To&amp;ken budget:</source>
        <translation>Budget de to&amp;kens :</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM, LM Studio…)</source>
        <translation>Compatible OpenAI (OpenAI, Ollama, llama.cpp, vLLM, LM Studio…)</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Ollama (native API)</source>
        <translation>Ollama (API native)</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>Not needed for local servers</source>
        <translation>Inutile pour les serveurs locaux</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocole :</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL first.</source>
        <translation>Saisissez d’abord l’adresse du serveur.</translation>
    </message>
    <message>
        <source>This protocol is not supported.</source>
        <translation>Ce protocole n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the server offers %n model(s).</source>
        <translation>
            <numerusform>Connecté : le serveur propose %n modèle.</numerusform>
            <numerusform>Connecté : le serveur propose %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>It does not offer “%1”; “%2” is chosen instead.</source>
        <translation>Il ne propose pas « %1 » ; « %2 » est choisi à la place.</translation>
    </message>
    <message>
        <source>The server reads PDFs: send them as files, not as their text</source>
        <translation>Le serveur lit les PDF : les envoyer comme fichiers, pas comme leur texte</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>The API key was rejected by %1 (HTTP 401)</source>
        <translation>La clé d’API a été refusée par %1 (HTTP 401)</translation>
    </message>
    <message>
        <source>Check the key for this provider in Settings.</source>
        <translation>Vérifiez la clé de ce fournisseur dans les paramètres.</translation>
    </message>
    <message>
        <source>Access denied by %1 (HTTP 403)</source>
        <translation>Accès refusé par %1 (HTTP 403)</translation>
    </message>
    <message>
        <source>Check the API key and its permissions in Settings.</source>
        <translation>Vérifiez la clé d’API et ses autorisations dans les paramètres.</translation>
    </message>
    <message>
        <source>Endpoint %1 not found on %2 (HTTP 404)</source>
        <translation>Point de terminaison %1 introuvable sur %2 (HTTP 404)</translation>
    </message>
    <message>
        <source>Model “%1” or endpoint %2 not found on %3 (HTTP 404)</source>
        <translation>Modèle « %1 » ou point de terminaison %2 introuvable sur %3 (HTTP 404)</translation>
    </message>
    <message>
        <source>Check the model name and the base URL in Settings.</source>
        <translation>Vérifiez le nom du modèle et l’adresse du serveur dans les paramètres.</translation>
    </message>
    <message>
        <source>Rate limited by %1 (HTTP 429)</source>
        <translation>Limite de requêtes atteinte chez %1 (HTTP 429)</translation>
    </message>
    <message>
        <source>Try again in %1 s.</source>
        <translation>Réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>Try again shortly.</source>
        <translation>Réessayez sous peu.</translation>
    </message>
    <message>
        <source>Server error at %1 (HTTP %2)</source>
        <translation>Erreur du serveur %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The request was rejected by %1 (HTTP %2)</source>
        <translation>La requête a été refusée par %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Could not connect to %1: is the server running? (%2)</source>
        <translation>Connexion à %1 impossible : le serveur est-il démarré ? (%2)</translation>
    </message>
    <message>
        <source>Could not open a secure connection to %1: %2</source>
        <translation>Impossible d’établir une connexion sécurisée avec %1 : %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address: check the base URL in Settings.</source>
        <translation>« %1 » n’est pas une adresse de serveur valide : vérifiez l’adresse dans les paramètres.</translation>
    </message>
    <message>
        <source>Could not connect through the proxy: %1</source>
        <translation>Connexion via le proxy impossible : %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the reply (%2); the partial reply was kept.</source>
        <translation>La connexion à %1 a été perdue pendant la réponse (%2) ; le texte déjà reçu est conservé.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Erreur réseau en communiquant avec %1 : %2</translation>
    </message>
    <message>
        <source>The reply from %1 timed out: nothing arrived for %2 s; the partial reply was kept.</source>
        <translation>La réponse de %1 a expiré : rien n’est arrivé pendant %2 s ; le texte déjà reçu est conservé.</translation>
    </message>
    <message>
        <source>The request to %1 timed out: no answer for %2 s.</source>
        <translation>La requête vers %1 a expiré : aucune réponse pendant %2 s.</translation>
    </message>
    <message>
        <source>The server is overloaded</source>
        <translation>Le serveur est surchargé</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server reported an error</source>
        <translation>Le serveur a signalé une erreur</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of a chat stream</source>
        <translation>%1 a répondu par une page web au lieu d’un flux de discussion</translation>
    </message>
    <message>
        <source>Check the base URL in Settings.</source>
        <translation>Vérifiez l’adresse du serveur dans les paramètres.</translation>
    </message>
    <message>
        <source>%1 answered with JSON instead of a stream: it may not support streaming.</source>
        <translation>%1 a répondu en JSON au lieu d’un flux : il ne prend peut-être pas en charge le streaming.</translation>
    </message>
    <message>
        <source>%1 sent %2 events that could not be read and nothing usable.</source>
        <translation>%1 a envoyé des événements illisibles (%2) et rien d’exploitable.</translation>
    </message>
    <message>
        <source>%1 sent an empty reply.</source>
        <translation>%1 a envoyé une réponse vide.</translation>
    </message>
    <message>
        <source>The reply from %1 was not a chat stream (content type “%2”).</source>
        <translation>La réponse de %1 n’était pas un flux de discussion (type de contenu « %2 »).</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the reply was complete; the partial reply was kept.</source>
        <translation>La connexion à %1 a été fermée avant la fin de la réponse ; le texte déjà reçu est conservé.</translation>
    </message>
    <message>
        <source>%1 sent one stream event larger than %2 MiB, so the reply was cut there; the text before it was kept.</source>
        <translation>%1 a envoyé un événement de flux de plus de %2 Mio : la réponse a été coupée là ; le texte reçu avant est conservé.</translation>
    </message>
    <message>
        <source>%1 sent one line of its stream larger than %2 MiB, so the reply was cut there; the text before it was kept.</source>
        <translation>%1 a envoyé une ligne de flux de plus de %2 Mio : la réponse a été coupée là ; le texte reçu avant est conservé.</translation>
    </message>
    <message>
        <source>The error body from %1 was larger than %2 MiB; only its start was read.</source>
        <translation>Le corps d’erreur de %1 dépassait %2 Mio ; seul son début a été lu.</translation>
    </message>
    <message>
        <source>The model list from %1 is larger than %2 MiB; it was not read.</source>
        <translation>La liste des modèles de %1 dépasse %2 Mio ; elle n’a pas été lue.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2, which is not encrypted (http); Confab refused to follow.</source>
        <translation>%1 a redirigé la requête vers %2, qui n’est pas chiffré (http) ; Confab a refusé de suivre.</translation>
    </message>
    <message>
        <source>%1 redirected the request to another server, %2; Confab refused to follow, as it sends the API key and the messages only to the endpoint in Settings.</source>
        <translation>%1 a redirigé la requête vers un autre serveur, %2 ; Confab a refusé de suivre, car il n’envoie la clé d’API et les messages qu’au point d’accès des paramètres.</translation>
    </message>
    <message>
        <source>If that address is right, make it the endpoint in Settings.</source>
        <translation>Si cette adresse est la bonne, faites-en le point d’accès dans les paramètres.</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times; Confab gave up. Check the base URL in Settings.</source>
        <translation>%1 a redirigé la requête plus de %2 fois ; Confab a abandonné. Vérifiez l’adresse du serveur dans les paramètres.</translation>
    </message>
    <message>
        <source>%1 ended the reply without sending any text.</source>
        <translation>%1 a terminé la réponse sans envoyer de texte.</translation>
    </message>
    <message>
        <source>Try again, or check the server&apos;s log.</source>
        <translation>Réessayez, ou consultez le journal du serveur.</translation>
    </message>
</context>
<context>
    <name>QueuedMessageBar</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Take the message back into the box; it is not sent</source>
        <translation>Reprendre le message dans la zone de saisie ; il n’est pas envoyé</translation>
    </message>
    <message>
        <source>Waiting for the database server: your message is sent when it can be reached again.</source>
        <translation>En attente du serveur de base de données : votre message sera envoyé dès qu’il sera de nouveau joignable.</translation>
    </message>
    <message>
        <source>Waiting for the database server: “%1” is sent when it can be reached again.</source>
        <translation>En attente du serveur de base de données : « %1 » sera envoyé dès qu’il sera de nouveau joignable.</translation>
    </message>
</context>
<context>
    <name>SessionDelegate</name>
    <message>
        <source>Chat title</source>
        <translation>Titre de la discussion</translation>
    </message>
</context>
<context>
    <name>SessionExporter</name>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message numerus="yes">
        <source>Exported from Confab · created %1 · %n message(s)</source>
        <translation>
            <numerusform>Exportée depuis Confab · créée le %1 · %n message</numerusform>
            <numerusform>Exportée depuis Confab · créée le %1 · %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instruction système</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Aucune discussion n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Joint : %1</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Plus anciennes</translation>
    </message>
</context>
<context>
    <name>SessionSettingsDialog</name>
    <message>
        <source>Chat settings — %1</source>
        <translation>Paramètres de la discussion — %1</translation>
    </message>
    <message>
        <source>The app&apos;s default (none)</source>
        <translation>Valeur par défaut de l’application (aucune)</translation>
    </message>
    <message>
        <source>The app&apos;s default: %1</source>
        <translation>Valeur par défaut de l’application : %1</translation>
    </message>
    <message>
        <source>System prompt for this chat</source>
        <translation>Instruction système pour cette discussion</translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation>Fournisseur par défaut</translation>
    </message>
    <message>
        <source>Provider for this chat</source>
        <translation>Fournisseur pour cette discussion</translation>
    </message>
    <message>
        <source>The provider&apos;s model</source>
        <translation>Le modèle du fournisseur</translation>
    </message>
    <message>
        <source>Model for this chat</source>
        <translation>Modèle pour cette discussion</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>History limit in messages</source>
        <translation>Limite d’historique en messages</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Budget de jetons</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>Instruction &amp;système :</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Température :</translation>
    </message>
    <message>
        <source>&amp;History limit (messages, 0 = none):</source>
        <translation>Limite d’&amp;historique (messages, 0 = aucune) :</translation>
    </message>
    <message>
        <source>Token &amp;budget (0 = none):</source>
        <translation>&amp;Budget de jetons (0 = aucun) :</translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation>celui du serveur</translation>
    </message>
    <message>
        <source>Context length in tokens</source>
        <translation>Longueur de contexte en jetons</translation>
    </message>
    <message>
        <source>&amp;Context length (tokens, 0 = the server&apos;s):</source>
        <translation>Longueur de &amp;contexte (jetons, 0 = celle du serveur) :</translation>
    </message>
</context>
<context>
    <name>SessionSidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Search all chats (Ctrl+K)</source>
        <translation>Rechercher dans toutes les discussions (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Rechercher des discussions</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Commencer une nouvelle discussion (Ctrl+N)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Détacher</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>No chats yet.
Start one with New chat (Ctrl+N).</source>
        <translation>Aucune discussion pour l’instant.
Commencez-en une avec « Nouvelle discussion » (Ctrl+N).</translation>
    </message>
    <message>
        <source>No chat contains “%1”.</source>
        <translation>Aucune discussion ne contient « %1 ».</translation>
    </message>
    <message>
        <source>Chat &amp;Settings…</source>
        <translation>&amp;Réglages de la discussion…</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Confab database (%2). It was left untouched; move it aside to start with a fresh one.</source>
        <translation>La base de données %1 est endommagée ou n’est pas une base Confab (%2). Elle n’a pas été modifiée ; mettez-la de côté pour repartir avec une base neuve.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a Confab database. It was left untouched; move it aside to start with a fresh one.</source>
        <translation>Le fichier %1 est endommagé ou n’est pas une base Confab. Il n’a pas été modifié ; mettez-le de côté pour repartir avec une base neuve.</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2</source>
        <translation>Impossible de préparer la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: it was written by a newer version of Confab (schema %2, this version knows %3). Update Confab to open it; the file was not changed.</source>
        <translation>Impossible d’ouvrir la base de données %1 : elle a été écrite par une version plus récente de Confab (schéma %2, cette version connaît au plus le schéma %3). Mettez Confab à jour pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging (journal mode is &quot;%2&quot;); it may be on a network or read-only file system.</source>
        <translation>La base de données %1 ne peut pas utiliser le mode WAL (write-ahead logging) ; son mode de journal est « %2 ». Elle se trouve peut-être sur un système de fichiers réseau ou en lecture seule.</translation>
    </message>
    <message>
        <source>The disk is full: Confab could not save your latest change. Free some space; nothing already saved is lost.</source>
        <translation>Le disque est plein : Confab n’a pas pu enregistrer votre dernière modification. Libérez de l’espace ; rien de ce qui est déjà enregistré n’est perdu.</translation>
    </message>
    <message>
        <source>The database %1 is read-only: changes cannot be saved.</source>
        <translation>La base de données %1 est en lecture seule : les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The database is busy: another program kept it locked for too long. Try again.</source>
        <translation>La base de données est occupée : un autre programme l’a verrouillée trop longtemps. Réessayez.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2).</source>
        <translation>La base de données %1 est endommagée (%2).</translation>
    </message>
    <message>
        <source>Cannot read or write the database %1 (%2).</source>
        <translation>Impossible de lire ou d’écrire la base de données %1 (%2).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données : %1</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n’a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of a database file in it (e.g. %2).</source>
        <translation>%1 est un dossier ; indiquez le chemin d’un fichier de base de données qu’il contient (par ex. %2).</translation>
    </message>
    <message>
        <source>%1 is a URL; the database must be a file on this computer (e.g. ~/chats.sqlite) or a postgresql:// URL.</source>
        <translation>%1 est une URL ; la base de données doit être un fichier sur cet ordinateur (p. ex. ~/chats.sqlite) ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>Cannot open %1: this Confab has no PostgreSQL driver (Qt&apos;s QPSQL plugin, Debian package libqt6sql6-psql).</source>
        <translation>Impossible d’ouvrir %1 : ce Confab n’a pas de pilote PostgreSQL (le greffon QPSQL de Qt, paquet Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Message %1 of the chat &quot;%2&quot; comes before its parent.</source>
        <translation>Le message %1 de la discussion « %2 » précède son parent.</translation>
    </message>
    <message>
        <source>The file %1 of the chat &quot;%2&quot; is not stored.</source>
        <translation>Le fichier %1 de la discussion « %2 » n’est pas enregistré.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached (%2). Confab reconnects by itself: a reply being written is kept and saved then, and a message sent meanwhile is sent then.</source>
        <translation>Le serveur de base de données %1 est injoignable (%2). Confab se reconnecte tout seul : une réponse en cours d’écriture est conservée et enregistrée à ce moment-là, et un message envoyé entre-temps est alors envoyé.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Fournisseurs</translation>
    </message>
    <message>
        <source>&amp;Chat defaults</source>
        <translation>&amp;Valeurs par défaut</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>Profils de fournisseur</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Custom server…</source>
        <translation>Serveur personnalisé…</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Serveur personnalisé</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Use by &amp;default</source>
        <translation>Utiliser par &amp;défaut</translation>
    </message>
    <message>
        <source>e.g. You are a helpful assistant.</source>
        <translation>p. ex. Tu es un assistant serviable.</translation>
    </message>
    <message>
        <source>Default system prompt</source>
        <translation>Instruction système par défaut</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Valeur du fournisseur</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>History limit in messages</source>
        <translation>Limite d’historique en messages</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Budget de jetons</translation>
    </message>
    <message>
        <source>Older messages beyond these limits stay in the chat but are not sent; the chat shows where the sent part starts. Each chat can override these.</source>
        <translation>Les messages plus anciens au-delà de ces limites restent dans la discussion mais ne sont pas envoyés ; la discussion montre où commence la partie envoyée. Chaque discussion peut remplacer ces valeurs.</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>Instruction &amp;système :</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Température :</translation>
    </message>
    <message>
        <source>&amp;History limit (messages):</source>
        <translation>Limite d’&amp;historique (messages) :</translation>
    </message>
    <message>
        <source>Token &amp;budget:</source>
        <translation>&amp;Budget de jetons :</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Not needed for local servers</source>
        <translation>Inutile pour les serveurs locaux</translation>
    </message>
    <message>
        <source>Stored in the system keychain; type to replace</source>
        <translation>Conservée dans le trousseau du système ; tapez pour la remplacer</translation>
    </message>
    <message>
        <source>The profile “%1” needs a name and an http(s) endpoint URL.</source>
        <translation>Le profil « %1 » a besoin d’un nom et d’une adresse http(s).</translation>
    </message>
    <message>
        <source>The server&apos;s</source>
        <translation>Celle du serveur</translation>
    </message>
    <message>
        <source>Context length in tokens</source>
        <translation>Longueur de contexte en jetons</translation>
    </message>
    <message>
        <source>How many tokens the model holds, prompt and reply together. Confab asks the server; set it here if the server does not say or says wrong.</source>
        <translation>Combien de jetons le modèle contient, requête et réponse ensemble. Confab le demande au serveur ; indiquez-le ici si le serveur ne le dit pas ou se trompe.</translation>
    </message>
    <message>
        <source>&amp;Context length (tokens):</source>
        <translation>Longueur de &amp;contexte (jetons) :</translation>
    </message>
    <message>
        <source>No key saved (none is needed for local servers)</source>
        <translation>Aucune clé enregistrée (aucune n’est nécessaire pour les serveurs locaux)</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Kept in memory until you quit; type to replace</source>
        <translation>Gardée en mémoire jusqu’à la fermeture ; tapez pour la remplacer</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>P&amp;resets</source>
        <translation>P&amp;réréglages</translation>
    </message>
    <message>
        <source>&amp;Name new chats: after the first reply, ask the chat&apos;s model for a title</source>
        <translation>&amp;Nommer les nouvelles conversations : après la première réponse, demander un titre au modèle</translation>
    </message>
    <message>
        <source>Profile that names chats</source>
        <translation>Profil qui nomme les conversations</translation>
    </message>
    <message>
        <source>This chat&apos;s model</source>
        <translation>Le modèle de cette conversation</translation>
    </message>
    <message>
        <source>Model that names chats</source>
        <translation>Modèle qui nomme les conversations</translation>
    </message>
    <message>
        <source>The profile&apos;s model (%1)</source>
        <translation>Le modèle du profil (%1)</translation>
    </message>
    <message>
        <source>T&amp;itles from:</source>
        <translation>T&amp;itres par :</translation>
    </message>
</context>
<context>
    <name>StoreCopyDialog</name>
    <message>
        <source>Copy Chats</source>
        <translation>Copier les discussions</translation>
    </message>
    <message>
        <source>Opening both databases…</source>
        <translation>Ouverture des deux bases de données…</translation>
    </message>
    <message>
        <source>Stopping after this chat…</source>
        <translation>Arrêt après cette discussion…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copied %1 of %2 chats…</source>
        <translation>%1 discussions sur %2 copiées…</translation>
    </message>
    <message>
        <source>%1 of %2 chats copied, %3 already there, %4 failed.</source>
        <translation>%1 discussions sur %2 copiées, %3 déjà présentes, %4 en échec.</translation>
    </message>
    <message>
        <source>Not everything was copied; copy again to go on where this stopped.</source>
        <translation>Tout n’a pas été copié ; copiez à nouveau pour reprendre là où cela s’est arrêté.</translation>
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
        <translation>Confab n’a pas pu ouvrir sa base de discussions.</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Fichier : %2</translation>
    </message>
    <message>
        <source>Move the damaged file aside and start fresh</source>
        <translation>Mettre le fichier endommagé de côté et repartir de zéro</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The file could not be moved aside. Check the permissions of its folder, then start Confab again.</source>
        <translation>Le fichier n’a pas pu être mis de côté. Vérifiez les droits de son dossier, puis relancez Confab.</translation>
    </message>
    <message>
        <source>The old file was kept as %1. Confab starts with an empty database.</source>
        <translation>L’ancien fichier a été conservé sous %1. Confab démarre avec une base vide.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Use the default database this time</source>
        <translation>Utiliser la base de données par défaut cette fois</translation>
    </message>
</context>
<context>
    <name>StoreSwitch</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Confab uses %1 from its next start.</source>
        <translation>Confab utilise %1 à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>Copy the chats of the database in use now into it? Chats it has already are skipped; the database in use now is not changed.</source>
        <translation>Copier les discussions de la base de données utilisée maintenant dans celle-ci ? Les discussions qu’elle a déjà sont ignorées ; la base utilisée maintenant n’est pas modifiée.</translation>
    </message>
    <message>
        <source>&amp;Copy the chats</source>
        <translation>&amp;Copier les discussions</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>The keychain refused access to the database password: %1</source>
        <translation>Le trousseau a refusé l’accès au mot de passe de la base de données : %1</translation>
    </message>
</context>
<context>
    <name>TitleGenerator</name>
    <message>
        <source>The model gave no title.</source>
        <translation>Le modèle n’a donné aucun titre.</translation>
    </message>
</context>
<context>
    <name>ToolApproval</name>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>may change things</source>
        <translation>peut modifier des choses</translation>
    </message>
    <message>
        <source>destructive</source>
        <translation>destructif</translation>
    </message>
    <message>
        <source>not destructive</source>
        <translation>non destructif</translation>
    </message>
    <message>
        <source>idempotent</source>
        <translation>idempotent</translation>
    </message>
    <message>
        <source>not idempotent</source>
        <translation>non idempotent</translation>
    </message>
    <message>
        <source>reaches outside systems</source>
        <translation>atteint des systèmes extérieurs</translation>
    </message>
    <message>
        <source>closed world</source>
        <translation>monde fermé</translation>
    </message>
</context>
<context>
    <name>ToolApprovalPanel</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Always allow this &amp;tool</source>
        <translation>Toujours autoriser cet &amp;outil</translation>
    </message>
    <message>
        <source>Always allow this &amp;server</source>
        <translation>Toujours autoriser ce &amp;serveur</translation>
    </message>
    <message>
        <source>Tool call waiting for approval</source>
        <translation>Appel d’outil en attente d’approbation</translation>
    </message>
    <message>
        <source>Arguments of the tool call</source>
        <translation>Arguments de l’appel d’outil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Run the tool %1 of the MCP server %2?</source>
        <translation>Exécuter l’outil %1 du serveur MCP %2 ?</translation>
    </message>
    <message>
        <source>The server says nothing about what this tool does to your data.</source>
        <translation>Le serveur ne dit rien de ce que cet outil fait de vos données.</translation>
    </message>
    <message>
        <source>The server says (unchecked): %1</source>
        <translation>Le serveur indique (non vérifié) : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s), all shown</source>
        <translation>
            <numerusform>%n caractère, tous affichés</numerusform>
            <numerusform>%n caractères, tous affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 from now on without asking (revoke in Settings)</source>
        <translation>Exécuter %1 désormais sans demander (révocable dans les Paramètres)</translation>
    </message>
    <message>
        <source>Run every tool of %1 from now on without asking (revoke in Settings)</source>
        <translation>Exécuter désormais tous les outils de %1 sans demander (révocable dans les Paramètres)</translation>
    </message>
</context>
<context>
    <name>ToolStep</name>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>the tool reported an error</source>
        <translation>l’outil a signalé une erreur</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>no such tool</source>
        <translation>outil inexistant</translation>
    </message>
    <message>
        <source>bad arguments</source>
        <translation>arguments invalides</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Tool %1: %2</source>
        <translation>Outil %1 : %2</translation>
    </message>
    <message>
        <source>Tool %1 on %2: %3</source>
        <translation>Outil %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>Tool: %1 (offered to the model as %2)</source>
        <translation>Outil : %1 (proposé au modèle sous le nom %2)</translation>
    </message>
    <message>
        <source>MCP server: %1</source>
        <translation>Serveur MCP : %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Issue : %1</translation>
    </message>
    <message>
        <source>Started: %1, took %2 ms</source>
        <translation>Démarré : %1, durée %2 ms</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
</context>
<context>
    <name>TurnAttachments</name>
    <message>
        <source>The attachment &quot;%1&quot; is no longer stored; it cannot be sent.</source>
        <translation>La pièce jointe « %1 » n’est plus enregistrée ; elle ne peut pas être envoyée.</translation>
    </message>
    <message>
        <source>The model %1 does not take images (its server says so). Remove &quot;%2&quot; or pick a vision model.</source>
        <translation>Le modèle %1 ne prend pas d’images (son serveur le dit). Retirez « %2 » ou choisissez un modèle qui voit les images.</translation>
    </message>
    <message>
        <source>%1 has no text layer (scanned?); this model gets PDFs as text — attach page images instead or use a provider that reads PDFs.</source>
        <translation>%1 n’a pas de couche de texte (scanné ?) ; ce modèle reçoit les PDF sous forme de texte — joignez plutôt des images des pages ou utilisez un fournisseur qui lit les PDF.</translation>
    </message>
    <message>
        <source>The attachments of this message come to %1 as sent; %2 takes at most %3 per request. Remove some, or send them in several messages.</source>
        <translation>Les pièces jointes de ce message font %1 une fois envoyées ; %2 accepte au plus %3 par requête. Retirez-en, ou envoyez-les en plusieurs messages.</translation>
    </message>
    <message>
        <source>[The image %1 is left out here: the request would be too large.]</source>
        <translation>[L’image %1 est omise ici : la requête serait trop grande.]</translation>
    </message>
    <message>
        <source>The files this chat sends come to %1, more than %2 takes per request (%3), even without earlier images. Start a new chat for more files, or send less.</source>
        <translation>Les fichiers envoyés par cette discussion font %1, plus que ce que %2 accepte par requête (%3), même sans les images précédentes. Commencez une nouvelle discussion pour d’autres fichiers, ou envoyez moins.</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>not a readable zip archive (%1)</source>
        <translation>pas une archive zip lisible (%1)</translation>
    </message>
    <message>
        <source>%1 in the archive is larger than %2 MB</source>
        <translation>%1 dans l’archive dépasse %2 Mo</translation>
    </message>
    <message>
        <source>cannot open %1 in the archive (%2)</source>
        <translation>impossible d’ouvrir %1 dans l’archive (%2)</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (%2)</source>
        <translation>%1 dans l’archive est endommagé (%2)</translation>
    </message>
    <message>
        <source>the archive has no %1</source>
        <translation>l’archive ne contient pas %1</translation>
    </message>
    <message>
        <source>this build of Confab cannot read .zip files; extract %1 and import that</source>
        <translation>cette version de Confab ne lit pas les fichiers .zip ; extrayez %1 et importez-le</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop chat client for large language models</source>
        <translation>Client de discussion de bureau pour les grands modèles de langage</translation>
    </message>
    <message>
        <source>Settings (INI) file to use.</source>
        <translation>Fichier de paramètres (INI) à utiliser.</translation>
    </message>
    <message>
        <source>Quit after this many milliseconds.</source>
        <translation>Quitter après ce nombre de millisecondes.</translation>
    </message>
    <message>
        <source>Use a dark palette.</source>
        <translation>Utiliser une palette sombre.</translation>
    </message>
    <message>
        <source>Database file or postgresql:// URL to use.</source>
        <translation>Fichier de base de données ou URL postgresql:// à utiliser.</translation>
    </message>
</context>
</TS>
