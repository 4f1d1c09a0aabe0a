<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChatController</name>
    <message>
        <source>Open or create a chat first.</source>
        <translation>Ouvrez ou créez d’abord une discussion.</translation>
    </message>
    <message>
        <source>Your message could not be saved: %1</source>
        <translation>Votre message n’a pas pu être enregistré : %1</translation>
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
        <source>The reply could not be saved: %1</source>
        <translation>La réponse n’a pas pu être enregistrée : %1</translation>
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
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
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
        <source>Next request: ~%n token(s)</source>
        <translation>
            <numerusform>Prochaine requête : ~%n jeton</numerusform>
            <numerusform>Prochaine requête : ~%n jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>over the budget</source>
        <translation>au-delà du budget</translation>
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
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
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
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
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
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
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
        <source>Rename chat</source>
        <translation>Renommer la discussion</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
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
        <source>Session &amp;settings…</source>
        <translation>&amp;Paramètres de la discussion…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop chat client for large language models</source>
        <translation>Client de discussion de bureau pour les grands modèles de langage</translation>
    </message>
    <message>
        <source>Database file to use.</source>
        <translation>Fichier de base de données à utiliser.</translation>
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
        <source>Fill a temporary database with a demo chat, save a picture of the window to this file and quit.</source>
        <translation>Remplir une base temporaire avec une discussion d’exemple, enregistrer une image de la fenêtre dans ce fichier et quitter.</translation>
    </message>
    <message>
        <source>Use a dark palette.</source>
        <translation>Utiliser une palette sombre.</translation>
    </message>
</context>
</TS>
