<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>GraphClientAssertion</name>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="147"/>
        <source>No client certificate file is set.</source>
        <translation>Aucun fichier de certificat client n&apos;est défini.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="152"/>
        <source>The client certificate file %1 cannot be read: %2.</source>
        <translation>Le fichier de certificat client %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="155"/>
        <source>The client certificate file %1 is too large to be a certificate (%2 bytes).</source>
        <translation>Le fichier de certificat client %1 est trop volumineux pour être un certificat (%2 octets).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="161"/>
        <source>The client certificate file %1 is empty.</source>
        <translation>Le fichier de certificat client %1 est vide.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="185"/>
        <source>%1 contains no private key: the file must hold the certificate together with its private key (PEM with both, or a .pfx/.p12 file).</source>
        <translation>%1 ne contient aucune clé privée&#xa0;: le fichier doit contenir le certificat avec sa clé privée (PEM avec les deux, ou un fichier .pfx/.p12).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="196"/>
        <source>The private key in %1 is encrypted, but no certificate password is stored.</source>
        <translation>La clé privée de %1 est chiffrée, mais aucun mot de passe de certificat n&apos;est enregistré.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="202"/>
        <source>The certificate password does not decrypt the private key in %1: check the stored certificate password.</source>
        <translation>Le mot de passe du certificat ne déchiffre pas la clé privée de %1&#xa0;: vérifiez le mot de passe de certificat enregistré.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="208"/>
        <source>The private key in %1 cannot be read (%2).</source>
        <translation>La clé privée de %1 ne peut pas être lue (%2).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="215"/>
        <source>%1 is neither a PEM file nor a PKCS#12 (.pfx/.p12) file.</source>
        <translation>%1 n&apos;est ni un fichier PEM ni un fichier PKCS#12 (.pfx/.p12).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="226"/>
        <source>%1 is protected by a password, but no certificate password is stored.</source>
        <translation>%1 est protégé par un mot de passe, mais aucun mot de passe de certificat n&apos;est enregistré.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="229"/>
        <source>The certificate password does not open %1: check the stored certificate password.</source>
        <translation>Le mot de passe du certificat n&apos;ouvre pas %1&#xa0;: vérifiez le mot de passe de certificat enregistré.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="261"/>
        <source>%1 cannot be decrypted (%2).</source>
        <translation>%1 ne peut pas être déchiffré (%2).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="265"/>
        <source>%1 contains no private key: export the certificate together with its private key.</source>
        <translation>%1 ne contient aucune clé privée&#xa0;: exportez le certificat avec sa clé privée.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="273"/>
        <source>%1 contains no certificate, only a key: put the certificate and its private key in one file.</source>
        <translation>%1 ne contient pas de certificat, seulement une clé&#xa0;: placez le certificat et sa clé privée dans un même fichier.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="279"/>
        <source>The private key in %1 is not an RSA key: Microsoft Entra client assertions are signed with RS256, which needs an RSA certificate.</source>
        <translation>La clé privée de %1 n&apos;est pas une clé RSA&#xa0;: les assertions client Microsoft Entra sont signées en RS256, ce qui exige un certificat RSA.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="289"/>
        <source>The private key in %1 does not belong to its certificate (%2): the certificate and the key come from different key pairs.</source>
        <translation>La clé privée de %1 n&apos;appartient pas à son certificat (%2)&#xa0;: le certificat et la clé proviennent de paires de clés différentes.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="303"/>
        <source>The certificate in %1 cannot be read.</source>
        <translation>Le certificat de %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="320"/>
        <source>The client certificate in %1 (%2) expired on %3: create a new certificate, add it to the app registration and replace the file.</source>
        <translation>Le certificat client de %1 (%2) a expiré le %3&#xa0;: créez un nouveau certificat, ajoutez-le à l&apos;inscription d&apos;application et remplacez le fichier.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="327"/>
        <source>The client certificate in %1 (%2) is not valid before %3: check this computer&apos;s clock.</source>
        <translation>Le certificat client de %1 (%2) n&apos;est pas valide avant le %3&#xa0;: vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="373"/>
        <source>The private key in %1 could not sign the client assertion (%2).</source>
        <translation>La clé privée de %1 n&apos;a pas pu signer l&apos;assertion client (%2).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="34"/>
        <source>Graph answered %1 with a body that is not a JSON object (%2).</source>
        <translation>Graph a répondu à %1 avec un corps qui n&apos;est pas un objet JSON (%2).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="21"/>
        <source>Could not %1 the Graph delta cursor: %2</source>
        <translation>Impossible de %1 le curseur delta Graph&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="54"/>
        <source>read</source>
        <translation>lire</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="98"/>
        <source>store</source>
        <translation>enregistrer</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="108"/>
        <source>clear</source>
        <translation>effacer</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphTokenProvider.cpp" line="61"/>
        <source>Sign-in to Microsoft Entra failed (%1): %2</source>
        <translation>La connexion à Microsoft Entra a échoué (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphTokenProvider.cpp" line="132"/>
        <source>The token endpoint answered without access_token/expires_in.</source>
        <translation>Le point de terminaison de jeton a répondu sans access_token/expires_in.</translation>
    </message>
</context>
<context>
    <name>cxsync::BoundedHttpServer</name>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="126"/>
        <source>more than %1 connections at once</source>
        <translation>plus de %1 connexions simultanées</translation>
    </message>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="162"/>
        <source>no request within %1 ms of connecting</source>
        <translation>aucune requête dans les %1 ms suivant la connexion</translation>
    </message>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="168"/>
        <source>the request&apos;s header fields did not arrive within %1 ms</source>
        <translation>les en-têtes de la requête ne sont pas arrivés dans les %1 ms</translation>
    </message>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="171"/>
        <source>the request body did not arrive within %1 ms</source>
        <translation>le corps de la requête n&apos;est pas arrivé dans les %1 ms</translation>
    </message>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="221"/>
        <source>the client does not read the answers</source>
        <translation>le client ne lit pas les réponses</translation>
    </message>
</context>
<context>
    <name>cxsync::CheckCommand</name>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="164"/>
        <source>compare Exchange, the CRM and the journal&apos;s links for the linked users in
the sync window (read-only): orphans, duplicates, unlinked twins, field
drift; exit 0 when clean, 1 with findings</source>
        <translation>compare Exchange, le CRM et les liens du journal pour les utilisateurs liés
dans la fenêtre de synchronisation (lecture seule)&#xa0;: orphelins, doublons,
jumeaux non liés, divergences de champs&#xa0;; code de sortie 0 si tout est propre,
1 avec constats</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="168"/>
        <source>Only this user (CRM logon or mailbox).</source>
        <translation>Seulement cet utilisateur (identifiant CRM ou boîte aux lettres).</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="176"/>
        <source>usage: cxsync check [--user USER] [--json]</source>
        <translation>utilisation&#xa0;: cxsync check [--user USER] [--json]</translation>
    </message>
</context>
<context>
    <name>cxsync::Cli</name>
    <message>
        <location filename="../cli/Cli.cpp" line="119"/>
        <source>%1; see cxsync help</source>
        <translation>%1&#xa0;; voir cxsync help</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="120"/>
        <source>unknown option &apos;%1&apos;; see cxsync help</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»&#xa0;; voir cxsync help</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="134"/>
        <source>unknown command &apos;%1&apos;; see cxsync help</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir cxsync help</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="152"/>
        <source>%1; see cxsync help %2</source>
        <translation>%1&#xa0;; voir cxsync help %2</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="154"/>
        <source>unknown option &apos;%1&apos; for &apos;cxsync %2&apos;; see cxsync help %2</source>
        <translation>option inconnue «&#xa0;%1&#xa0;» pour «&#xa0;cxsync %2&#xa0;»&#xa0;; voir cxsync help %2</translation>
    </message>
</context>
<context>
    <name>cxsync::CliContext</name>
    <message>
        <location filename="../cli/CliContext.cpp" line="125"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="128"/>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="143"/>
        <source>from systemd credential %1</source>
        <translation>depuis l&apos;identifiant systemd %1</translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="145"/>
        <source>from systemd credentials</source>
        <translation>depuis les identifiants systemd</translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="156"/>
        <location filename="../cli/CliContext.cpp" line="158"/>
        <source>from --secrets-file</source>
        <translation>depuis --secrets-file</translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="163"/>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="171"/>
        <location filename="../cli/CliContext.cpp" line="173"/>
        <source>from standard input</source>
        <translation>depuis l&apos;entrée standard</translation>
    </message>
</context>
<context>
    <name>cxsync::Command</name>
    <message>
        <location filename="../cli/Command.cpp" line="95"/>
        <source>the command &apos;%1&apos; cannot be run</source>
        <translation>la commande «&#xa0;%1&#xa0;» ne peut pas être exécutée</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="109"/>
        <source>Usage: cxsync %1</source>
        <translation>Utilisation&#xa0;: cxsync %1</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="112"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="114"/>
        <source>Usage: cxsync %1 SUBCOMMAND</source>
        <translation>Utilisation&#xa0;: cxsync %1 SUBCOMMAND</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="122"/>
        <source>Global options:</source>
        <translation>Options globales&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="147"/>
        <source>(default: %1)</source>
        <translation>(par défaut&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="155"/>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="160"/>
        <source>Machine-readable output (JSON).</source>
        <translation>Sortie lisible par une machine (JSON).</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="170"/>
        <source>Show what would change; write nothing.</source>
        <translation>Affiche ce qui changerait&#xa0;; n&apos;écrit rien.</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="182"/>
        <source>Only from this date (2026-01-31, local midnight) or time (2026-01-31T14:00, with Z or an offset for UTC).</source>
        <translation>Seulement à partir de cette date (2026-01-31, minuit heure locale) ou de cette heure (2026-01-31T14:00, avec Z ou un décalage pour UTC).</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="191"/>
        <source>Only messages in these states, comma-separated: waiting, retrying, parked, resolved, discarded.</source>
        <translation>Seulement les messages dans ces états, séparés par des virgules&#xa0;: waiting, retrying, parked, resolved, discarded.</translation>
    </message>
</context>
<context>
    <name>cxsync::ConfigCommand</name>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="31"/>
        <source>read, change, check, import and export the profile&apos;s settings</source>
        <translation>lire, modifier, vérifier, importer et exporter les paramètres du profil</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="59"/>
        <source>print every setting (secrets are never shown)</source>
        <translation>affiche chaque paramètre (les secrets ne sont jamais affichés)</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="63"/>
        <source>set one setting; the value is checked first</source>
        <translation>définit un paramètre&#xa0;; la valeur est vérifiée d&apos;abord</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="66"/>
        <source>check the whole configuration; exit 2 if invalid</source>
        <translation>vérifie toute la configuration&#xa0;; code de sortie 2 si elle est invalide</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="69"/>
        <source>read settings from an INI file; all or nothing</source>
        <translation>lit les paramètres d&apos;un fichier INI&#xa0;; tout ou rien</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="72"/>
        <source>write the settings (never secrets) to an INI file</source>
        <translation>écrit les paramètres (jamais les secrets) dans un fichier INI</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="75"/>
        <source>remove an additional Exchange server and its stored secrets</source>
        <translation>supprime un serveur Exchange supplémentaire et ses secrets enregistrés</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="84"/>
        <source>usage: cxsync config %1</source>
        <translation>utilisation&#xa0;: cxsync config %1</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="91"/>
        <source>config needs a subcommand: show, set, validate, import, export or remove-server</source>
        <translation>config a besoin d&apos;une sous-commande&#xa0;: show, set, validate, import, export ou remove-server</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="124"/>
        <source>settings: %1</source>
        <translation>paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="128"/>
        <source>policy (%1): read-only</source>
        <translation>stratégie (%1)&#xa0;: lecture seule</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="130"/>
        <location filename="../cli/ConfigCommand.cpp" line="141"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="134"/>
        <source>additional Exchange server %1</source>
        <translation>serveur Exchange supplémentaire %1</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="159"/>
        <source>configuration is valid: %1</source>
        <translation>la configuration est valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="173"/>
        <source>cannot read &apos;%1&apos;: no such file.</source>
        <translation>impossible de lire «&#xa0;%1&#xa0;»&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="175"/>
        <source>cannot read &apos;%1&apos;: it is not a regular file.</source>
        <translation>impossible de lire «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="178"/>
        <source>&apos;%1&apos; is larger than 1 MiB; a settings file is a few kilobytes.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse 1 Mio&#xa0;; un fichier de paramètres fait quelques kilo-octets.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="181"/>
        <source>&apos;%1&apos; is not a valid INI file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier INI valide.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="187"/>
        <location filename="../cli/ConfigCommand.cpp" line="206"/>
        <location filename="../cli/ConfigCommand.cpp" line="220"/>
        <location filename="../cli/ConfigCommand.cpp" line="251"/>
        <location filename="../cli/ConfigCommand.cpp" line="255"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="201"/>
        <source>%1: secrets are not imported from files; use `cxsync secret set`.</source>
        <translation>%1&#xa0;: les secrets ne sont pas importés depuis des fichiers&#xa0;; utilisez `cxsync secret set`.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="213"/>
        <source>&apos;%1&apos; holds no settings.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun paramètre.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="228"/>
        <source>the primary</source>
        <translation>le serveur principal</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="241"/>
        <source>%1: Exchange server %2 would be %3, like %4: each server or tenant may be configured once.</source>
        <translation>%1&#xa0;: le serveur Exchange %2 serait %3, comme %4&#xa0;: chaque serveur ou locataire ne peut être configuré qu&apos;une fois.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="246"/>
        <source>Exchange server %1</source>
        <translation>serveur Exchange %1</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="260"/>
        <source>nothing was imported.</source>
        <translation>rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="263"/>
        <source>imported %1 settings from %2</source>
        <translation>%1 paramètres importés depuis %2</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="265"/>
        <source>not imported: %1 is managed by policy (%2); the policy&apos;s value applies.</source>
        <translation>non importé&#xa0;: %1 est géré par une stratégie (%2)&#xa0;; la valeur de la stratégie s&apos;applique.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="298"/>
        <location filename="../cli/ConfigCommand.cpp" line="304"/>
        <source>cannot write &apos;%1&apos;.</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="306"/>
        <source>exported settings to %1 (secrets are not exported)</source>
        <translation>paramètres exportés vers %1 (les secrets ne sont pas exportés)</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="309"/>
        <source>unknown config subcommand &apos;%1&apos;; see cxsync help config</source>
        <translation>sous-commande config inconnue «&#xa0;%1&#xa0;»&#xa0;; voir cxsync help config</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="315"/>
        <source>usage: cxsync config remove-server NAME</source>
        <translation>utilisation&#xa0;: cxsync config remove-server NAME</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="326"/>
        <source>there is no additional Exchange server &apos;%1&apos; in %2</source>
        <translation>il n&apos;y a pas de serveur Exchange supplémentaire «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="339"/>
        <source>Exchange server %1 removed from %2</source>
        <translation>serveur Exchange %1 supprimé de %2</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="344"/>
        <source>a stored password of Exchange server %1 was not deleted: %2 (delete it from the %3 by hand)</source>
        <translation>un mot de passe enregistré du serveur Exchange %1 n&apos;a pas été supprimé&#xa0;: %2 (supprimez-le manuellement du %3)</translation>
    </message>
</context>
<context>
    <name>cxsync::ConfigMigration</name>
    <message>
        <location filename="../core/config/ConfigMigration.cpp" line="24"/>
        <location filename="../core/config/ConfigMigration.cpp" line="46"/>
        <source>%1 is &apos;%2&apos;, not a version number.</source>
        <translation>%1 vaut «&#xa0;%2&#xa0;», ce n&apos;est pas un numéro de version.</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigMigration.cpp" line="29"/>
        <source>configVersion %1 is newer than this version understands (%2); import it with the version that wrote it.</source>
        <translation>configVersion %1 est plus récente que ce que cette version comprend (%2)&#xa0;; importez-la avec la version qui l&apos;a écrite.</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigMigration.cpp" line="52"/>
        <source>the configuration was written by a newer version of CRM Exchange Sync (config version %1; this program understands up to %2).</source>
        <translation>la configuration a été écrite par une version plus récente de CRM Exchange Sync (version de configuration %1&#xa0;; ce programme comprend jusqu&apos;à %2).</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigMigration.cpp" line="69"/>
        <source>cannot write the migrated configuration to &apos;%1&apos;.</source>
        <translation>impossible d&apos;écrire la configuration migrée dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>cxsync::ConnectionHints</name>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="42"/>
        <source>The settings are incomplete or invalid: %1.</source>
        <translation>Les paramètres sont incomplets ou invalides&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="43"/>
        <source>Correct the settings and save them.</source>
        <translation>Corrigez les paramètres et enregistrez-les.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="44"/>
        <source>Correct the field &apos;%1&apos; and save.</source>
        <translation>Corrigez le champ «&#xa0;%1&#xa0;» et enregistrez.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="50"/>
        <source>Enter the password or secret in the control panel and save, or store it with &apos;cxsync secret set NAME&apos; (read from standard input).</source>
        <translation>Saisissez le mot de passe ou le secret dans le panneau de configuration et enregistrez, ou enregistrez-le avec «&#xa0;cxsync secret set NAME&#xa0;» (lu depuis l&apos;entrée standard).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="56"/>
        <source>The name %1 does not resolve: %2.</source>
        <translation>Le nom %1 n&apos;est pas résolu&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="57"/>
        <source>Check the spelling of the server name and this machine&apos;s DNS settings; an on-premises server may only be known by its internal DNS name.</source>
        <translation>Vérifiez l&apos;orthographe du nom du serveur et les paramètres DNS de cette machine&#xa0;; un serveur local peut n&apos;être connu que par son nom DNS interne.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="63"/>
        <source>%1 cannot be reached: %2.</source>
        <translation>%1 est injoignable&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="64"/>
        <source>Check that the server is running and the port is right, and that no firewall or proxy blocks connections from this machine.</source>
        <translation>Vérifiez que le serveur fonctionne et que le port est correct, et qu&apos;aucun pare-feu ni proxy ne bloque les connexions depuis cette machine.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="70"/>
        <source>The TLS certificate of %1 is not trusted: %2.</source>
        <translation>Le certificat TLS de %1 n&apos;est pas approuvé&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="71"/>
        <source>Install the issuing CA&apos;s certificate in this machine&apos;s trust store, or give the server a certificate from a trusted CA whose name matches the host name and that has not expired. Certificate checks are never switched off.</source>
        <translation>Installez le certificat de l&apos;autorité de certification émettrice dans le magasin de confiance de cette machine, ou donnez au serveur un certificat d&apos;une autorité approuvée, dont le nom correspond au nom d&apos;hôte et qui n&apos;a pas expiré. Les vérifications de certificat ne sont jamais désactivées.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="79"/>
        <source>This machine&apos;s clock is %1 seconds %2 %3&apos;s clock.</source>
        <translation>L&apos;horloge de cette machine a %1 secondes %2 l&apos;horloge de %3.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="81"/>
        <source>behind</source>
        <translation>de retard sur</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="81"/>
        <source>ahead of</source>
        <translation>d&apos;avance sur</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="82"/>
        <source>Synchronize the clock with a time server (Windows: w32tm /resync; Linux: timedatectl set-ntp true). Sign-in and change tracking fail when clocks differ by minutes.</source>
        <translation>Synchronisez l&apos;horloge avec un serveur de temps (Windows&#xa0;: w32tm /resync&#xa0;; Linux&#xa0;: timedatectl set-ntp true). La connexion et le suivi des modifications échouent lorsque les horloges diffèrent de plusieurs minutes.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="89"/>
        <source>The CRM lacks the fields the synchronization keeps its links in: %1.</source>
        <translation>Il manque au CRM les champs dans lesquels la synchronisation conserve ses liens&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="91"/>
        <source>Add them in CRM Administration &gt; Customization as text fields (Users: User_ExchangeServer and User_ExchangeUserId; Communication: Comm_ExchangeId and Comm_ExchangeResponses), then run Test Connection again.</source>
        <translation>Ajoutez-les comme champs texte dans CRM Administration &gt; Customization (Users&#xa0;: User_ExchangeServer et User_ExchangeUserId&#xa0;; Communication&#xa0;: Comm_ExchangeId et Comm_ExchangeResponses), puis relancez Tester la connexion.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="100"/>
        <source>The CRM&apos;s metadata could not show whether it has %1.</source>
        <translation>Les métadonnées du CRM n&apos;ont pas permis de savoir s&apos;il possède %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="101"/>
        <source>Check in CRM Administration &gt; Customization that they exist as text fields; synchronization goes on, and if one is missing the first write that needs it fails naming it.</source>
        <translation>Vérifiez dans CRM Administration &gt; Customization qu&apos;ils existent en tant que champs texte&#xa0;; la synchronisation continue, et s&apos;il en manque un, la première écriture qui en a besoin échoue en le nommant.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="108"/>
        <source>The CRM Exchange Sync service is not running on this machine (nothing listens on %1).</source>
        <translation>Le service CRM Exchange Sync ne fonctionne pas sur cette machine (rien n&apos;écoute sur %1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="110"/>
        <source>Start it: &apos;cxsync serve&apos;, or its systemd unit or Windows service (the Service tab shows whether it runs); then run Test Connection again to check the public URL.</source>
        <translation>Démarrez-le&#xa0;: «&#xa0;cxsync serve&#xa0;», ou son unité systemd ou son service Windows (l&apos;onglet Service indique s&apos;il fonctionne)&#xa0;; puis relancez Tester la connexion pour vérifier l&apos;URL publique.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="120"/>
        <source>The service runs on this machine (it listens on %1), but the public URL %2 does not reach it: %3.</source>
        <translation>Le service fonctionne sur cette machine (il écoute sur %1), mais l&apos;URL publique %2 ne l&apos;atteint pas&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="123"/>
        <source>Make sure the public URL (or the reverse proxy in front of it) forwards to %1, and that no firewall blocks it.</source>
        <translation>Assurez-vous que l&apos;URL publique (ou le proxy inverse placé devant) redirige vers %1 et qu&apos;aucun pare-feu ne la bloque.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="127"/>
        <source>Nothing answers the notification handshake at %1: %2.</source>
        <translation>Rien ne répond à la négociation de notification sur %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="128"/>
        <source>Start the CRM Exchange Sync service on this machine, and make sure the public URL (or the reverse proxy in front of it) forwards to the listener&apos;s bind address and port.</source>
        <translation>Démarrez le service CRM Exchange Sync sur cette machine et assurez-vous que l&apos;URL publique (ou le proxy inverse placé devant) redirige vers l&apos;adresse et le port d&apos;écoute de l&apos;écouteur.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="135"/>
        <source>Something answers at %1, but not the notification listener: %2.</source>
        <translation>Quelque chose répond sur %1, mais pas l&apos;écouteur de notifications&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="136"/>
        <source>Point the reverse proxy at the listener&apos;s bind address and port, and the public URL at the proxy.</source>
        <translation>Dirigez le proxy inverse vers l&apos;adresse et le port d&apos;écoute de l&apos;écouteur, et l&apos;URL publique vers le proxy.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="142"/>
        <source>no application permissions at all</source>
        <translation>aucune autorisation d&apos;application</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="145"/>
        <source>The app registration lacks admin-consented application permission %1 (its token carries %2).</source>
        <translation>Il manque à l&apos;inscription d&apos;application l&apos;autorisation d&apos;application %1 avec consentement administrateur (son jeton porte %2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="147"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="148"/>
        <source>In the Microsoft Entra admin center open App registrations &gt; the app &gt; API permissions, add the Microsoft Graph application permissions Calendars.ReadWrite and User.Read.All, and select &apos;Grant admin consent&apos;.</source>
        <translation>Dans le centre d&apos;administration Microsoft Entra, ouvrez Inscriptions d&apos;applications &gt; l&apos;application &gt; Autorisations d&apos;API, ajoutez les autorisations d&apos;application Microsoft Graph Calendars.ReadWrite et User.Read.All, puis choisissez «&#xa0;Accorder le consentement administrateur&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="156"/>
        <source>The CRM rejected the logon &apos;%1&apos;: wrong user name or password.</source>
        <translation>Le CRM a refusé la connexion «&#xa0;%1&#xa0;»&#xa0;: nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="157"/>
        <source>Check CRM User For Synchronization and enter its password again: it is the user&apos;s CRM logon, as used in the CRM web client.</source>
        <translation>Vérifiez le champ «&#xa0;Utilisateur CRM pour la synchronisation&#xa0;» et saisissez à nouveau son mot de passe&#xa0;: il s&apos;agit de l&apos;identifiant CRM de l&apos;utilisateur, tel qu&apos;utilisé dans le client web du CRM.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="161"/>
        <source>The CRM user &apos;%1&apos; is disabled.</source>
        <translation>L&apos;utilisateur CRM «&#xa0;%1&#xa0;» est désactivé.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="162"/>
        <source>In CRM Administration &gt; Users, open the user and clear Disabled, or choose another user for synchronization.</source>
        <translation>Dans CRM Administration &gt; Users, ouvrez l&apos;utilisateur et décochez Disabled, ou choisissez un autre utilisateur pour la synchronisation.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="166"/>
        <source>The CRM user &apos;%1&apos; is a resource, and resources cannot log on.</source>
        <translation>L&apos;utilisateur CRM «&#xa0;%1&#xa0;» est une ressource, et les ressources ne peuvent pas se connecter.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="167"/>
        <source>Use a full CRM user for synchronization, ideally a dedicated one with administrator rights.</source>
        <translation>Utilisez un utilisateur CRM complet pour la synchronisation, idéalement un utilisateur dédié avec des droits d&apos;administrateur.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="171"/>
        <source>The CRM user &apos;%1&apos; may not log on through the API: External Logon Allowed is not set.</source>
        <translation>L&apos;utilisateur CRM «&#xa0;%1&#xa0;» ne peut pas se connecter via l&apos;API&#xa0;: External Logon Allowed n&apos;est pas coché.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="174"/>
        <source>In CRM Administration &gt; Users, open the user, tick External Logon Allowed and save.</source>
        <translation>Dans CRM Administration &gt; Users, ouvrez l&apos;utilisateur, cochez External Logon Allowed et enregistrez.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="177"/>
        <source>The CRM accepted the password of &apos;%1&apos; but refused API access.</source>
        <translation>Le CRM a accepté le mot de passe de «&#xa0;%1&#xa0;» mais a refusé l&apos;accès à l&apos;API.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="178"/>
        <source>In CRM Administration &gt; Users, make sure the user is not disabled, is not a resource and has External Logon Allowed ticked.</source>
        <translation>Dans CRM Administration &gt; Users, assurez-vous que l&apos;utilisateur n&apos;est pas désactivé, n&apos;est pas une ressource et que External Logon Allowed est coché.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="181"/>
        <source>The CRM</source>
        <translation>Le CRM</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="189"/>
        <source>The client certificate cannot be used: %1</source>
        <translation>Le certificat client ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="191"/>
        <source>Select the certificate file that holds both the certificate and its private key (PEM or PFX); renew an expired certificate and upload its public part to the app registration.</source>
        <translation>Sélectionnez le fichier de certificat qui contient à la fois le certificat et sa clé privée (PEM ou PFX)&#xa0;; renouvelez un certificat expiré et chargez sa partie publique dans l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="194"/>
        <source>Enter the certificate file&apos;s password again (Certificate Password).</source>
        <translation>Saisissez à nouveau le mot de passe du fichier de certificat (Mot de passe du certificat).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="196"/>
        <source>Microsoft Entra does not know the tenant &apos;%1&apos; (%2).</source>
        <translation>Microsoft Entra ne connaît pas le locataire «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="197"/>
        <source>Copy the Directory (tenant) ID from the Microsoft Entra admin center &gt; Overview, or use one of the tenant&apos;s verified domain names.</source>
        <translation>Copiez l&apos;ID de l&apos;annuaire (locataire) depuis le centre d&apos;administration Microsoft Entra &gt; Vue d&apos;ensemble, ou utilisez l&apos;un des noms de domaine vérifiés du locataire.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="201"/>
        <source>The tenant has no application with the client id &apos;%1&apos; (%2).</source>
        <translation>Le locataire n&apos;a aucune application avec l&apos;ID client «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="202"/>
        <source>Copy the Application (client) ID from App registrations &gt; the app &gt; Overview, and check that the app is registered in this tenant.</source>
        <translation>Copiez l&apos;ID d&apos;application (client) depuis Inscriptions d&apos;applications &gt; l&apos;application &gt; Vue d&apos;ensemble, et vérifiez que l&apos;application est inscrite dans ce locataire.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="205"/>
        <source>Microsoft Entra refused the client secret (%1).</source>
        <translation>Microsoft Entra a refusé le secret client (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="206"/>
        <source>Enter the secret&apos;s Value, not its Secret ID. If the value is lost, create a new client secret under App registrations &gt; the app &gt; Certificates &amp; secrets.</source>
        <translation>Saisissez la valeur du secret, et non son ID de secret. Si la valeur est perdue, créez un nouveau secret client sous Inscriptions d&apos;applications &gt; l&apos;application &gt; Certificats et secrets.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="209"/>
        <source>The client secret has expired (%1).</source>
        <translation>Le secret client a expiré (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="210"/>
        <source>Create a new client secret under App registrations &gt; the app &gt; Certificates &amp; secrets, enter its value here, and note when it expires.</source>
        <translation>Créez un nouveau secret client sous Inscriptions d&apos;applications &gt; l&apos;application &gt; Certificats et secrets, saisissez sa valeur ici et notez sa date d&apos;expiration.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="214"/>
        <source>Microsoft Entra could not verify the certificate&apos;s signature (%1).</source>
        <translation>Microsoft Entra n&apos;a pas pu vérifier la signature du certificat (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="215"/>
        <source>Upload the certificate&apos;s public part (.cer) under App registrations &gt; the app &gt; Certificates &amp; secrets, or select the certificate that is registered there.</source>
        <translation>Chargez la partie publique du certificat (.cer) sous Inscriptions d&apos;applications &gt; l&apos;application &gt; Certificats et secrets, ou sélectionnez le certificat qui y est inscrit.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="219"/>
        <source>The signed sign-in request is outside its valid time range (%1).</source>
        <translation>La demande de connexion signée est hors de sa plage de validité (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="220"/>
        <source>Synchronize this machine&apos;s clock with a time server (Windows: w32tm /resync; Linux: timedatectl set-ntp true).</source>
        <translation>Synchronisez l&apos;horloge de cette machine avec un serveur de temps (Windows&#xa0;: w32tm /resync&#xa0;; Linux&#xa0;: timedatectl set-ntp true).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="223"/>
        <source>Microsoft Entra refused the sign-in: %1</source>
        <translation>Microsoft Entra a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="224"/>
        <source>Look the code up in Microsoft&apos;s AADSTS error reference; check tenant, client id and credential.</source>
        <translation>Recherchez le code dans la référence des erreurs AADSTS de Microsoft&#xa0;; vérifiez le locataire, l&apos;ID client et les identifiants.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="226"/>
        <source>The Microsoft Entra sign-in endpoint</source>
        <translation>Le point de terminaison de connexion Microsoft Entra</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="235"/>
        <source>An Exchange Online application access policy keeps the app away from the mailbox &apos;%1&apos;.</source>
        <translation>Une stratégie d&apos;accès aux applications d&apos;Exchange Online interdit à l&apos;application l&apos;accès à la boîte aux lettres «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="238"/>
        <source>Add the mailbox to the mail-enabled security group the policy is scoped to, or change the policy (Exchange Online PowerShell: Get-ApplicationAccessPolicy, Test-ApplicationAccessPolicy -Identity &lt;mailbox&gt; -AppId &lt;client id&gt;). Changes take a while to apply.</source>
        <translation>Ajoutez la boîte aux lettres au groupe de sécurité à extension messagerie ciblé par la stratégie, ou modifiez la stratégie (Exchange Online PowerShell&#xa0;: Get-ApplicationAccessPolicy, Test-ApplicationAccessPolicy -Identity &lt;mailbox&gt; -AppId &lt;client id&gt;). Les modifications mettent un certain temps à s&apos;appliquer.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="247"/>
        <source>The mailbox &apos;%1&apos; is inactive, soft-deleted, unlicensed or hosted on-premises.</source>
        <translation>La boîte aux lettres «&#xa0;%1&#xa0;» est inactive, supprimée de manière réversible, sans licence ou hébergée en local.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="248"/>
        <source>Assign the user an Exchange Online licence, or choose a mailbox in Exchange Online (mailboxes on premises are reached over EWS).</source>
        <translation>Attribuez à l&apos;utilisateur une licence Exchange Online, ou choisissez une boîte aux lettres dans Exchange Online (les boîtes aux lettres locales sont atteintes via EWS).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="252"/>
        <source>Exchange has no mailbox &apos;%1&apos;.</source>
        <translation>Exchange n&apos;a pas de boîte aux lettres «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="253"/>
        <source>Check the address: use the mailbox&apos;s primary SMTP address or the user&apos;s principal name in this tenant.</source>
        <translation>Vérifiez l&apos;adresse&#xa0;: utilisez l&apos;adresse SMTP principale de la boîte aux lettres ou le nom d&apos;utilisateur principal de l&apos;utilisateur dans ce locataire.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="255"/>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="261"/>
        <source>%1 is throttling requests: %2</source>
        <translation>%1 limite les requêtes&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="262"/>
        <source>Wait a few minutes and test again; if it persists, another program may be using the same account or app registration heavily.</source>
        <translation>Attendez quelques minutes et testez à nouveau&#xa0;; si cela persiste, un autre programme utilise peut-être intensivement le même compte ou la même inscription d&apos;application.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="268"/>
        <source>%1 did not answer in time: %2</source>
        <translation>%1 n&apos;a pas répondu à temps&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="269"/>
        <source>Check the network path (firewalls that drop packets, proxies) and the server&apos;s load.</source>
        <translation>Vérifiez le chemin réseau (pare-feu qui abandonnent des paquets, proxys) et la charge du serveur.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="273"/>
        <source>%1 answered: %2</source>
        <translation>%1 a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="274"/>
        <source>Test again; if it persists, turn on Diagnostic Mode and read the trace in the log.</source>
        <translation>Testez à nouveau&#xa0;; si cela persiste, activez le Mode diagnostic et lisez la trace dans le journal.</translation>
    </message>
</context>
<context>
    <name>cxsync::ConnectionTest</name>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="114"/>
        <source>Settings are complete and valid</source>
        <translation>Les paramètres sont complets et valides</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="116"/>
        <source>EWS URL (setting or Autodiscover)</source>
        <translation>URL EWS (paramètre ou Autodiscover)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="118"/>
        <source>Server names resolve</source>
        <translation>Les noms de serveur sont résolus</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="120"/>
        <source>Servers accept connections</source>
        <translation>Les serveurs acceptent les connexions</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="122"/>
        <source>TLS handshake and certificates</source>
        <translation>Négociation TLS et certificats</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="124"/>
        <source>CRM logon</source>
        <translation>Connexion au CRM</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="126"/>
        <source>CRM user may log on externally</source>
        <translation>L&apos;utilisateur CRM peut se connecter de l&apos;extérieur</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="128"/>
        <source>CRM custom fields present</source>
        <translation>Champs personnalisés du CRM présents</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="130"/>
        <source>CRM REST API level</source>
        <translation>Niveau de l&apos;API REST du CRM</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="132"/>
        <source>Microsoft Entra token obtained</source>
        <translation>Jeton Microsoft Entra obtenu</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="134"/>
        <source>Permission to read users</source>
        <translation>Autorisation de lire les utilisateurs</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="136"/>
        <source>Permission to read and write the test mailbox&apos;s calendar</source>
        <translation>Autorisation de lire et d&apos;écrire le calendrier de la boîte aux lettres de test</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="138"/>
        <source>Additional Exchange servers reachable</source>
        <translation>Serveurs Exchange supplémentaires joignables</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="140"/>
        <source>Application limited to its mailboxes (least privilege)</source>
        <translation>Application limitée à ses boîtes aux lettres (moindre privilège)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="142"/>
        <source>Clocks agree</source>
        <translation>Les horloges concordent</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="144"/>
        <source>Notification listener reachable</source>
        <translation>Écouteur de notifications joignable</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="205"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="250"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="209"/>
        <source>Skipped: the settings are not usable.</source>
        <translation>Ignoré&#xa0;: les paramètres ne sont pas utilisables.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="298"/>
        <source>Make sure the keychain (Secret Service) is running and unlocked, or hand the secrets in with --secrets-file.</source>
        <translation>Assurez-vous que le trousseau (Secret Service) fonctionne et est déverrouillé, ou transmettez les secrets avec --secrets-file.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="322"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="324"/>
        <source>Microsoft Entra sign-in</source>
        <translation>Connexion Microsoft Entra</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="325"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="828"/>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="327"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="801"/>
        <source>Exchange Web Services</source>
        <translation>Exchange Web Services</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="332"/>
        <source>Microsoft Entra sign-in (%1)</source>
        <translation>Connexion Microsoft Entra (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="334"/>
        <source>Microsoft Graph (%1)</source>
        <translation>Microsoft Graph (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="340"/>
        <source>Settings valid; secrets found; servers: %1</source>
        <translation>Paramètres valides&#xa0;; secrets trouvés&#xa0;; serveurs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="422"/>
        <source>Not used: Exchange Online (Microsoft Graph).</source>
        <translation>Non utilisé&#xa0;: Exchange Online (Microsoft Graph).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="433"/>
        <source>%1 Using %2; if that is not the EWS address, enter it as EWS URL.</source>
        <translation>%1 Utilisation de %2&#xa0;; si ce n&apos;est pas l&apos;adresse EWS, saisissez-la comme URL EWS.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="437"/>
        <source>EWS URL from the settings: %1</source>
        <translation>URL EWS issue des paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="440"/>
        <source>Autodiscover found %1 for %2 (answered by %3).</source>
        <translation>Autodiscover a trouvé %1 pour %2 (réponse de %3).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="459"/>
        <source>%1 is an address</source>
        <translation>%1 est une adresse</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="471"/>
        <source>no addresses</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="487"/>
        <source>no answer from DNS within %1 s</source>
        <translation>pas de réponse du DNS en %1 s</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="514"/>
        <source>connected to %1</source>
        <translation>connecté à %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="522"/>
        <source>no answer within %1 s (a firewall may be dropping the connection)</source>
        <translation>pas de réponse en %1 s (un pare-feu abandonne peut-être la connexion)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="539"/>
        <source>plain HTTP on loopback, no TLS</source>
        <translation>HTTP simple sur la boucle locale, sans TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="572"/>
        <source>the certificate&apos;s SHA-256 fingerprint %1 is not the pinned one</source>
        <translation>l&apos;empreinte SHA-256 %1 du certificat n&apos;est pas celle qui est épinglée</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="577"/>
        <source>%1, certificate for %2 issued by %3, valid until %4</source>
        <translation>%1, certificat pour %2 émis par %3, valide jusqu&apos;au %4</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="595"/>
        <source>no TLS handshake within %1 s</source>
        <translation>pas de négociation TLS en %1 s</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="607"/>
        <source>Skipped: the CRM server cannot be reached.</source>
        <translation>Ignoré&#xa0;: le serveur CRM est injoignable.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="620"/>
        <source>Logged on as &apos;%1&apos; (%2 %3).</source>
        <translation>Connecté en tant que «&#xa0;%1&#xa0;» (%2 %3).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="625"/>
        <source>The CRM accepted the logon &apos;%1&apos;.</source>
        <translation>Le CRM a accepté la connexion «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="639"/>
        <source>Skipped: no CRM logon.</source>
        <translation>Ignoré&#xa0;: pas de connexion au CRM.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="652"/>
        <source>&apos;%1&apos; may use the CRM&apos;s REST API.</source>
        <translation>«&#xa0;%1&#xa0;» peut utiliser l&apos;API REST du CRM.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="660"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="699"/>
        <source>Skipped: no CRM access.</source>
        <translation>Ignoré&#xa0;: pas d&apos;accès au CRM.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="672"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="711"/>
        <source>The CRM</source>
        <translation>Le CRM</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="675"/>
        <source>Missing: %1</source>
        <translation>Manquant&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="679"/>
        <source>Could not confirm: %1 (%2).</source>
        <translation>Impossible de confirmer&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="685"/>
        <source>User_ExchangeServer, User_ExchangeUserId, Comm_ExchangeId and Comm_ExchangeResponses are present.</source>
        <translation>User_ExchangeServer, User_ExchangeUserId, Comm_ExchangeId et Comm_ExchangeResponses sont présents.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="690"/>
        <source>Checked on records: %1.</source>
        <translation>Vérifié sur les enregistrements&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="733"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="867"/>
        <source>The Exchange server</source>
        <translation>Le serveur Exchange</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="740"/>
        <source>The Exchange server did not answer within %1 ms (timed out).</source>
        <translation>Le serveur Exchange n&apos;a pas répondu en %1 ms (délai dépassé).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="747"/>
        <source>Not used: the Exchange server is on premises (EWS).</source>
        <translation>Non utilisé&#xa0;: le serveur Exchange est local (EWS).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="751"/>
        <source>Skipped: the sign-in endpoint cannot be reached.</source>
        <translation>Ignoré&#xa0;: le point de terminaison de connexion est injoignable.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="770"/>
        <source>Token obtained; it carries no application permissions (admin consent missing?).</source>
        <translation>Jeton obtenu&#xa0;; il ne porte aucune autorisation d&apos;application (consentement administrateur manquant&#xa0;?).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="771"/>
        <source>Token obtained; application permissions: %1.</source>
        <translation>Jeton obtenu&#xa0;; autorisations d&apos;application&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="786"/>
        <source>No Exchange Account to look up in the directory.</source>
        <translation>Aucun Compte Exchange à rechercher dans l&apos;annuaire.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="804"/>
        <source>The directory does not resolve %1 (ResolveNames found no mailbox).</source>
        <translation>L&apos;annuaire ne résout pas %1 (ResolveNames n&apos;a trouvé aucune boîte aux lettres).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="807"/>
        <source>The directory resolves %1 to the mailbox %2 (users are linked this way).</source>
        <translation>L&apos;annuaire résout %1 en la boîte aux lettres %2 (les utilisateurs sont liés ainsi).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="815"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="843"/>
        <source>Skipped: no token.</source>
        <translation>Ignoré&#xa0;: pas de jeton.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="833"/>
        <source>The directory&apos;s users can be read.</source>
        <translation>Les utilisateurs de l&apos;annuaire peuvent être lus.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="849"/>
        <source>No test mailbox: set Exchange Account or name one with --mailbox.</source>
        <translation>Pas de boîte aux lettres de test&#xa0;: définissez le Compte Exchange ou indiquez-en une avec --mailbox.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="880"/>
        <source>The calendar of %1 can be read (write probe not requested).</source>
        <translation>Le calendrier de %1 peut être lu (test d&apos;écriture non demandé).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="900"/>
        <source>CRM Exchange Sync connection test (safe to delete)</source>
        <translation>Test de connexion CRM Exchange Sync (peut être supprimé)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="901"/>
        <source>Created and deleted again by Test Connection.</source>
        <translation>Créé puis supprimé par le test de connexion.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="917"/>
        <source>Reading works, creating a test event does not: %1</source>
        <translation>La lecture fonctionne, la création d&apos;un événement de test non&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="930"/>
        <source>A test event was created but could not be deleted (delete it by hand: &apos;CRM Exchange Sync connection test&apos;, id %1): %2</source>
        <translation>Un événement de test a été créé mais n&apos;a pas pu être supprimé (supprimez-le manuellement&#xa0;: «&#xa0;CRM Exchange Sync connection test&#xa0;», id %1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="936"/>
        <source>The calendar of %1 can be read and written (a test event was created and deleted).</source>
        <translation>Le calendrier de %1 peut être lu et écrit (un événement de test a été créé puis supprimé).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="953"/>
        <source>No additional Exchange servers are configured.</source>
        <translation>Aucun serveur Exchange supplémentaire n&apos;est configuré.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1002"/>
        <source>the calendar of %1 cannot be read: %2</source>
        <translation>le calendrier de %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1011"/>
        <source>token obtained, the directory and the calendar of %1 can be read.</source>
        <translation>jeton obtenu, l&apos;annuaire et le calendrier de %1 peuvent être lus.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1013"/>
        <source>the calendar of %1 can be read.</source>
        <translation>le calendrier de %1 peut être lu.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1026"/>
        <source>no token: %1</source>
        <translation>pas de jeton&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1034"/>
        <source>the directory cannot be read: %1</source>
        <translation>l&apos;annuaire ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1065"/>
        <source>No out-of-scope mailbox is set (Out-of-Scope Mailbox), so the application&apos;s scope is not checked.</source>
        <translation>Aucune boîte aux lettres hors périmètre n&apos;est définie (Boîte aux lettres hors périmètre), le périmètre de l&apos;application n&apos;est donc pas vérifié.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1070"/>
        <source>Skipped: the Exchange server cannot be used.</source>
        <translation>Ignoré&#xa0;: le serveur Exchange ne peut pas être utilisé.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1131"/>
        <source>Skipped: no server answered.</source>
        <translation>Ignoré&#xa0;: aucun serveur n&apos;a répondu.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1147"/>
        <source>%1: %2 s</source>
        <translation>%1&#xa0;: %2 s</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1155"/>
        <source>Skipped: no server answered with its time.</source>
        <translation>Ignoré&#xa0;: aucun serveur n&apos;a indiqué son heure.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1159"/>
        <source>Server clock minus this machine&apos;s: %1</source>
        <translation>Horloge du serveur moins celle de cette machine&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1168"/>
        <source>Push notifications are not configured; changes are found by polling.</source>
        <translation>Les notifications push ne sont pas configurées&#xa0;; les modifications sont détectées par interrogation.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1229"/>
        <source>The listener at %1 answered the validation handshake.</source>
        <translation>L&apos;écouteur sur %1 a répondu à la négociation de validation.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1230"/>
        <source>The listener at %1 answered the validation handshake (the service runs on another machine: nothing listens on %2 here).</source>
        <translation>L&apos;écouteur sur %1 a répondu à la négociation de validation (le service fonctionne sur une autre machine&#xa0;: rien n&apos;écoute sur %2 ici).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1236"/>
        <source>The CRM Exchange Sync service is not running on this machine (nothing listens on %1), so %2 cannot answer yet.</source>
        <translation>Le service CRM Exchange Sync ne fonctionne pas sur cette machine (rien n&apos;écoute sur %1), %2 ne peut donc pas encore répondre.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1249"/>
        <source>HTTP %1 without the validation token</source>
        <translation>HTTP %1 sans le jeton de validation</translation>
    </message>
</context>
<context>
    <name>cxsync::Connections</name>
    <message>
        <location filename="../core/connect/Connections.cpp" line="143"/>
        <source>CRM Server is not set</source>
        <translation>Serveur CRM n&apos;est pas défini</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="145"/>
        <source>CRM Path is not set</source>
        <translation>Chemin CRM n&apos;est pas défini</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="152"/>
        <source>CRM REST URL &apos;%1&apos; is not a valid URL</source>
        <translation>L&apos;URL REST du CRM «&#xa0;%1&#xa0;» n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="213"/>
        <source>the secret store went away</source>
        <translation>le magasin de secrets a disparu</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="228"/>
        <source>%1 (%2) could not be read: %3</source>
        <translation>%1 (%2) n&apos;a pas pu être lu&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="230"/>
        <source>%1 of Exchange server %2 (%3) could not be read: %4</source>
        <translation>%1 du serveur Exchange %2 (%3) n&apos;a pas pu être lu&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="237"/>
        <source>%1 is not stored: set it in the control panel or with &apos;cxsync secret set %2&apos;</source>
        <translation>%1 n&apos;est pas enregistré&#xa0;: définissez-le dans le panneau de configuration ou avec «&#xa0;cxsync secret set %2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="240"/>
        <source>%1 of Exchange server %2 is not stored: set it in the control panel or with &apos;cxsync secret set %3&apos;</source>
        <translation>%1 du serveur Exchange %2 n&apos;est pas enregistré&#xa0;: définissez-le dans le panneau de configuration ou avec «&#xa0;cxsync secret set %3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="326"/>
        <source>Exchange server %1: neither EWS URL nor Primary Exchange Server gives a valid EWS address</source>
        <translation>Serveur Exchange %1&#xa0;: ni l&apos;URL EWS ni le Serveur Exchange principal ne donnent une adresse EWS valide</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="346"/>
        <source>the settings are not valid: %1: %2</source>
        <translation>les paramètres ne sont pas valides&#xa0;: %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::ConsistencyDialog</name>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="28"/>
        <source>Check Consistency</source>
        <translation>Vérifier la cohérence</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="32"/>
        <source>Compares Outlook, the CRM and the journal&apos;s links for the linked users inside the sync window. The check only reads; Repair… fixes what it can by the sync&apos;s own rules and never sends an invitation.</source>
        <translation>Compare Outlook, le CRM et les liens du journal pour les utilisateurs liés dans la fenêtre de synchronisation. La vérification ne fait que lire&#xa0;; Réparer… corrige ce qu&apos;il peut selon les règles de la synchronisation et n&apos;envoie jamais d&apos;invitation.</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <source>Class</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <source>What is wrong</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <location filename="../ui/ConsistencyDialog.cpp" line="245"/>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="57"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="63"/>
        <source>Check Again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="65"/>
        <source>Repair…</source>
        <translation>Réparer…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="84"/>
        <source>Check Consistency…</source>
        <translation>Vérifier la cohérence…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="87"/>
        <source>Compare Outlook, the CRM and the journal for the linked users, list what disagrees, and repair it if you choose.</source>
        <translation>Comparer Outlook, le CRM et le journal pour les utilisateurs liés, lister ce qui diverge, et le réparer si vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="120"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="121"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="158"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="187"/>
        <source>none: %1</source>
        <translation>aucune&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="194"/>
        <source>The check failed: %1</source>
        <translation>La vérification a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="196"/>
        <source>The check was cancelled; the list is incomplete.</source>
        <translation>La vérification a été annulée&#xa0;; la liste est incomplète.</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="200"/>
        <source>Not read: %1</source>
        <translation>Non lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ConsistencyDialog.cpp" line="214"/>
        <source>Repair %n finding(s) now?

Links are written to the journal, drift is written with the conflict policy, and only duplicates the sync created are deleted. Nobody is invited or notified. Every change goes to the transaction log. Findings marked &quot;none&quot; are left for you.</source>
        <translation>
            <numerusform>Réparer %n constat maintenant&#xa0;?

Les liens sont écrits dans le journal, les divergences selon la règle de conflit, et seuls les doublons créés par la synchronisation sont supprimés. Personne n&apos;est invité ni prévenu. Chaque modification va dans le journal des transactions. Les constats marqués «&#xa0;none&#xa0;» vous sont laissés.</numerusform>
            <numerusform>Réparer %n constats maintenant&#xa0;?

Les liens sont écrits dans le journal, les divergences selon la règle de conflit, et seuls les doublons créés par la synchronisation sont supprimés. Personne n&apos;est invité ni prévenu. Chaque modification va dans le journal des transactions. Les constats marqués «&#xa0;none&#xa0;» vous sont laissés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="240"/>
        <source>Repairing…</source>
        <translation>Réparation…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="261"/>
        <source>Repair: %1</source>
        <translation>Réparation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="263"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::ConsistencyRun</name>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="61"/>
        <source>Consistency check (read-only): Exchange, the CRM and the journal&apos;s links in the sync window.</source>
        <translation>Vérification de cohérence (lecture seule)&#xa0;: Exchange, le CRM et les liens du journal dans la fenêtre de synchronisation.</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="98"/>
        <source>Stopped by %1 before the check was complete.</source>
        <translation>Arrêté par %1 avant la fin de la vérification.</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="107"/>
        <source>part of the check could not be read; nothing is repaired (run check again).</source>
        <translation>une partie de la vérification n&apos;a pas pu être lue&#xa0;; rien n&apos;est réparé (relancez check).</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="124"/>
        <source>repairing: %1 (%2/%3)</source>
        <translation>réparation&#xa0;: %1 (%2/%3)</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="128"/>
        <source>Repair (dry run): nothing is written.</source>
        <translation>Réparation (simulation)&#xa0;: rien n&apos;est écrit.</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="128"/>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
</context>
<context>
    <name>cxsync::ControlPanelWindow</name>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="52"/>
        <source>Exchange Online (Microsoft Graph)</source>
        <translation>Exchange Online (Microsoft Graph)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="53"/>
        <source>Exchange Server on-premises (EWS)</source>
        <translation>Exchange Server local (EWS)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="55"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="56"/>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="59"/>
        <source>Exchange wins</source>
        <translation>Exchange l&apos;emporte</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="61"/>
        <source>CRM wins</source>
        <translation>Le CRM l&apos;emporte</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="62"/>
        <source>Last modified wins</source>
        <translation>La dernière modification l&apos;emporte</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="66"/>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="68"/>
        <source>Errors and warnings</source>
        <translation>Erreurs et avertissements</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="70"/>
        <source>Debug (everything)</source>
        <translation>Débogage (tout)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="71"/>
        <source>Information (default)</source>
        <translation>Information (par défaut)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="75"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="77"/>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="78"/>
        <source>None (trusted relay only)</source>
        <translation>Aucun (relais de confiance uniquement)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="86"/>
        <source>this server&apos;s zone; or e.g. Europe/London, GMT Standard Time, +1, -3.5</source>
        <translation>fuseau de ce serveur&#xa0;; ou p. ex. Europe/London, GMT Standard Time, +1, -3.5</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="89"/>
        <source>install name, e.g. CRM</source>
        <translation>nom d&apos;installation, p. ex. CRM</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="91"/>
        <source>default: journal.sqlite in the data directory</source>
        <translation>par défaut&#xa0;: journal.sqlite dans le dossier de données</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="93"/>
        <source>default: beside the settings file, or the user data folder</source>
        <translation>par défaut&#xa0;: à côté du fichier de paramètres, ou le dossier de données de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="95"/>
        <source>DOMAIN\account</source>
        <translation>DOMAINE\compte</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="97"/>
        <source>mailbox, e.g. admin@contoso.com</source>
        <translation>boîte aux lettres, p. ex. admin@contoso.com</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="99"/>
        <source>tenant GUID or contoso.onmicrosoft.com</source>
        <translation>GUID du locataire ou contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="101"/>
        <source>application (client) GUID from the app registration</source>
        <translation>GUID de l&apos;application (client) de l&apos;inscription d&apos;application</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="103"/>
        <source>default: https://&lt;Primary Exchange Server&gt;/EWS/Exchange.asmx</source>
        <translation>par défaut&#xa0;: https://&lt;Serveur Exchange principal&gt;/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="105"/>
        <source>default: https://&lt;CRM Server&gt;/sdata/&lt;CRM Path&gt;j/sagecrm2/-/</source>
        <translation>par défaut&#xa0;: https://&lt;Serveur CRM&gt;/sdata/&lt;Chemin CRM&gt;j/sagecrm2/-/</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="107"/>
        <source>https URL Microsoft Graph can reach; empty = polling only</source>
        <translation>URL https que Microsoft Graph peut atteindre&#xa0;; vide = interrogation seule</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="109"/>
        <source>PEM file for the listener&apos;s own HTTPS; empty = plain HTTP behind a proxy</source>
        <translation>fichier PEM pour le HTTPS propre de l&apos;écouteur&#xa0;; vide = HTTP simple derrière un proxy</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="111"/>
        <source>a linked CRM user kept for the canary; empty = no canary</source>
        <translation>un utilisateur CRM lié réservé au témoin&#xa0;; vide = pas de témoin</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="113"/>
        <source>that user&apos;s mailbox, e.g. canary@contoso.com</source>
        <translation>la boîte aux lettres de cet utilisateur, p. ex. canary@contoso.com</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="115"/>
        <source>a mailbox the application must NOT reach; empty = not checked</source>
        <translation>une boîte aux lettres que l&apos;application ne doit PAS atteindre&#xa0;; vide = non vérifié</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="117"/>
        <source>its unencrypted PEM private key (both or neither)</source>
        <translation>sa clé privée PEM non chiffrée (les deux ou aucun)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="127"/>
        <source>CRM Exchange Sync Control Panel</source>
        <translation>Panneau de configuration CRM Exchange Sync</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="130"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="295"/>
        <source>Additional Exchange Servers</source>
        <translation>Serveurs Exchange supplémentaires</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="139"/>
        <source>Control Panel</source>
        <translation>Panneau de configuration</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="143"/>
        <source>Advanced Settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="146"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="156"/>
        <source>Failed Messages</source>
        <translation>Messages en échec</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="160"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="169"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="172"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="177"/>
        <source>Settings: %1</source>
        <translation>Paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="186"/>
        <source>Passwords cannot be stored: %1. The passwords just saved are kept for this session only and are lost when the panel closes; the service needs them in a keychain, CXSYNC_SECRET_* variables or a secrets file.</source>
        <translation>Les mots de passe ne peuvent pas être enregistrés&#xa0;: %1. Les mots de passe qui viennent d&apos;être enregistrés sont conservés pour cette session seulement et sont perdus à la fermeture du panneau&#xa0;; le service en a besoin dans un trousseau, des variables CXSYNC_SECRET_* ou un fichier de secrets.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="193"/>
        <source>CRM Exchange Sync %1. Settings from %2.</source>
        <translation>CRM Exchange Sync %1. Paramètres lus depuis %2.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="225"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="244"/>
        <source>Which Server Are You On</source>
        <translation>Sur quel serveur êtes-vous</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="246"/>
        <source>On CRM Server</source>
        <translation>Sur le serveur CRM</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="248"/>
        <source>Exchange Server</source>
        <translation>Serveur Exchange</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="264"/>
        <source>Required Information</source>
        <translation>Informations requises</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="269"/>
        <source>User Password</source>
        <translation>Mot de passe de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="281"/>
        <source>Exchange Online (Graph)</source>
        <translation>Exchange Online (Graph)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="287"/>
        <source>Client Secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="289"/>
        <source>Certificate Password</source>
        <translation>Mot de passe du certificat</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="297"/>
        <source>Further Exchange Online tenants synchronized with the same CRM, each with its own app registration.</source>
        <translation>Autres locataires Exchange Online synchronisés avec le même CRM, chacun avec sa propre inscription d&apos;application.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="303"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="303"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="303"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="311"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="313"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="315"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="332"/>
        <source>NT Account Information</source>
        <translation>Informations du compte NT</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="336"/>
        <source>NT Account Password</source>
        <translation>Mot de passe du compte NT</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="337"/>
        <source>Re-enter Password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="345"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="357"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="360"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="659"/>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="362"/>
        <source>Check every step from the settings to the notification listener; each failure names its cause and its fix.</source>
        <translation>Vérifie chaque étape, des paramètres jusqu&apos;à l&apos;écouteur de notifications&#xa0;; chaque échec indique sa cause et sa correction.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="365"/>
        <source>Also create and delete a test event in the Exchange Account&apos;s calendar</source>
        <translation>Créer aussi puis supprimer un événement de test dans le calendrier du Compte Exchange</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="393"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="418"/>
        <source>Synchronization</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="421"/>
        <source>Error E-mail (SMTP)</source>
        <translation>E-mail d&apos;erreur (SMTP)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="423"/>
        <source>SMTP Password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="424"/>
        <source>Notification Listener</source>
        <translation>Écouteur de notifications</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="426"/>
        <source>Service Addresses</source>
        <translation>Adresses des services</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="427"/>
        <source>Certificates (on-premises servers)</source>
        <translation>Certificats (serveurs locaux)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="428"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="429"/>
        <source>Synthetic Canary</source>
        <translation>Témoin synthétique</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="431"/>
        <source>Least-Privilege Check</source>
        <translation>Contrôle du moindre privilège</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="432"/>
        <source>Failed Messages and Log</source>
        <translation>Messages en échec et journal</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="476"/>
        <source>not stored</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="567"/>
        <source>required on the Exchange server, e.g. /var/lib/cxsync/journal.sqlite</source>
        <translation>requis sur le serveur Exchange, p. ex. /var/lib/cxsync/journal.sqlite</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="570"/>
        <source>Set by policy (%1): read-only.</source>
        <translation>Défini par une stratégie (%1)&#xa0;: lecture seule.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="605"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="633"/>
        <source>Test Connection: cancelling after the current step...</source>
        <translation>Tester la connexion&#xa0;: annulation après l&apos;étape en cours...</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="642"/>
        <source>Test Connection: %v of %m steps</source>
        <translation>Tester la connexion&#xa0;: étape %v sur %m</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="644"/>
        <source>Cancel Test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="645"/>
        <source>Test Connection started (saved settings: %1).</source>
        <translation>Test de connexion démarré (paramètres enregistrés&#xa0;: %1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ControlPanelWindow.cpp" line="655"/>
        <source>Test Connection found %n problem(s); see the causes and fixes above.</source>
        <translation>
            <numerusform>Le test de connexion a trouvé %n problème&#xa0;; voir les causes et corrections ci-dessus.</numerusform>
            <numerusform>Le test de connexion a trouvé %n problèmes&#xa0;; voir les causes et corrections ci-dessus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ControlPanelWindow.cpp" line="656"/>
        <source>Test Connection passed with %n warning(s); see above.</source>
        <translation>
            <numerusform>Le test de connexion a réussi avec %n avertissement&#xa0;; voir ci-dessus.</numerusform>
            <numerusform>Le test de connexion a réussi avec %n avertissements&#xa0;; voir ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="657"/>
        <source>Test Connection passed.</source>
        <translation>Le test de connexion a réussi.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="672"/>
        <source>Passed: %1 (%2 ms)</source>
        <translation>Réussi&#xa0;: %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="675"/>
        <source>FAILED: %1 (%2 ms)</source>
        <translation>ÉCHEC&#xa0;: %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="678"/>
        <source>Skipped: %1</source>
        <translation>Ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="681"/>
        <source>Warning: %1 (%2 ms)</source>
        <translation>Avertissement&#xa0;: %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="688"/>
        <source>Cause: %1</source>
        <translation>Cause&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="689"/>
        <source>Fix: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="706"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="708"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="754"/>
        <source>stored; leave empty to keep</source>
        <translation>enregistré&#xa0;; laisser vide pour conserver</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="711"/>
        <source>Passwords cannot be stored: %1. Passwords saved now are kept for this session only.</source>
        <translation>Les mots de passe ne peuvent pas être enregistrés&#xa0;: %1. Les mots de passe enregistrés maintenant sont conservés pour cette session seulement.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="735"/>
        <source>Saving settings…</source>
        <translation>Enregistrement des paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="744"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: corrigez les champs marqués en rouge.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="750"/>
        <source>Settings saved to %1.</source>
        <translation>Paramètres enregistrés dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="755"/>
        <source>%1 stored in the %2.</source>
        <translation>%1 enregistré dans le %2.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="760"/>
        <source>Not stored: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="761"/>
        <source>Journal: %1; data directory: %2.</source>
        <translation>Journal&#xa0;: %1&#xa0;; dossier de données&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="863"/>
        <source>Remove the additional Exchange server %1 (%2)? Its settings and its stored client secret and certificate password are deleted, and its mailboxes are no longer synchronized.</source>
        <translation>Supprimer le serveur Exchange supplémentaire %1 (%2)&#xa0;? Ses paramètres, son secret client et son mot de passe de certificat enregistrés sont supprimés, et ses boîtes aux lettres ne sont plus synchronisées.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="878"/>
        <source>Exchange server %1 was not removed: %2</source>
        <translation>Le serveur Exchange %1 n&apos;a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="884"/>
        <source>Exchange server %1 (%2) removed from %3.</source>
        <translation>Serveur Exchange %1 (%2) supprimé de %3.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="887"/>
        <source>Exchange server %1: a stored password was not deleted: %2. Delete it from the %3 by hand.</source>
        <translation>Serveur Exchange %1&#xa0;: un mot de passe enregistré n&apos;a pas été supprimé&#xa0;: %2. Supprimez-le manuellement du %3.</translation>
    </message>
</context>
<context>
    <name>cxsync::DashboardPage</name>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="55"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="60"/>
        <location filename="../ui/DashboardPage.cpp" line="450"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="60"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="143"/>
        <location filename="../ui/DashboardPage.cpp" line="295"/>
        <source>Reading the journal…</source>
        <translation>Lecture du journal…</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="161"/>
        <location filename="../ui/DashboardPage.cpp" line="344"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="162"/>
        <location filename="../ui/DashboardPage.cpp" line="344"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="164"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="177"/>
        <source>Writes per hour</source>
        <translation>Écritures par heure</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="178"/>
        <source>Failures by error kind</source>
        <translation>Échecs par type d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="179"/>
        <source>Propagation latency per hour</source>
        <translation>Latence de propagation par heure</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="189"/>
        <source>Mailboxes:</source>
        <translation>Boîtes aux lettres&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="192"/>
        <source>Filter: any text in a row (mailbox, user, server, red, failed…)</source>
        <translation>Filtre&#xa0;: n&apos;importe quel texte d&apos;une ligne (boîte aux lettres, utilisateur, serveur, rouge, en échec…)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="198"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="198"/>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="198"/>
        <source>CRM User</source>
        <translation>Utilisateur CRM</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="198"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="198"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="199"/>
        <source>Last Sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="199"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="199"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="199"/>
        <source>Canary</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="200"/>
        <source>Last Error / Reasons</source>
        <translation>Dernière erreur / raisons</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="274"/>
        <source>No journal at %1 yet: nothing has been synchronized.</source>
        <translation>Pas encore de journal dans %1&#xa0;: rien n&apos;a été synchronisé.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="303"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="307"/>
        <source>The dashboard could not be read: %1</source>
        <translation>Le tableau de bord n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="316"/>
        <source>Read from the journal at %1 in %2 ms; refreshed every %3 s while this tab is shown.</source>
        <translation>Lu dans le journal %1 en %2 ms&#xa0;; actualisé toutes les %3 s tant que cet onglet est affiché.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="333"/>
        <source>Everything is in step: the service runs, every mailbox was read recently, nothing waits in the failed-message queue.</source>
        <translation>Tout est en phase&#xa0;: le service fonctionne, chaque boîte aux lettres a été lue récemment, rien n&apos;attend dans la file des messages en échec.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="341"/>
        <source>%1: %2 writes CRM → Exchange, %3 Exchange → CRM, %4 conflict(s), %5 failure(s)%6. Latency CRM → Exchange p50 %7, p99 %8; Exchange → CRM (notification to write) p50 %9, p99 %10.</source>
        <translation>%1&#xa0;: %2 écritures CRM → Exchange, %3 Exchange → CRM, %4 conflit(s), %5 échec(s)%6. Latence CRM → Exchange p50 %7, p99 %8&#xa0;; Exchange → CRM (de la notification à l&apos;écriture) p50 %9, p99 %10.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="360"/>
        <source>CRM → Exchange</source>
        <translation>CRM → Exchange</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="362"/>
        <source>Exchange → CRM</source>
        <translation>Exchange → CRM</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="364"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="375"/>
        <source>writes</source>
        <translation>écritures</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="381"/>
        <source>→ Exchange p50</source>
        <translation>→ Exchange p50</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="382"/>
        <source>→ Exchange p99</source>
        <translation>→ Exchange p99</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="383"/>
        <source>→ CRM p50</source>
        <translation>→ CRM p50</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="384"/>
        <source>→ CRM p99</source>
        <translation>→ CRM p99</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="401"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="406"/>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="416"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="457"/>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="465"/>
        <source>%1 (%2 parked)</source>
        <translation>%1 (%2 mis de côté)</translation>
    </message>
</context>
<context>
    <name>cxsync::DemoCommand</name>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="88"/>
        <source>stopped by %1; the sandboxes were stopped</source>
        <translation>arrêté par %1&#xa0;; les bacs à sable ont été arrêtés</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="101"/>
        <source>cannot create a temporary folder for the demo</source>
        <translation>impossible de créer un dossier temporaire pour la démo</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="106"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>impossible de créer le dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="126"/>
        <source>1. Starting the Microsoft Graph and Sage CRM sandboxes (%1 users, %2 appointments, seed %3)…</source>
        <translation>1. Démarrage des bacs à sable Microsoft Graph et Sage CRM (%1 utilisateurs, %2 rendez-vous, graine %3)…</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="132"/>
        <source>%1, waiting up to %2 s for it to report ready</source>
        <translation>%1, attente de son signal «&#xa0;prêt&#xa0;» pendant %2 s au plus</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="137"/>
        <source>still starting (%1 s of at most %2 s)…</source>
        <translation>démarrage en cours (%1 s sur %2 s au plus)…</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="144"/>
        <source>the sandboxes did not start: %1</source>
        <translation>les bacs à sable n&apos;ont pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="153"/>
        <source>ready: process %1</source>
        <translation>prêt&#xa0;: processus %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="154"/>
        <source>Graph: %1</source>
        <translation>Graph&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="155"/>
        <source>Sage CRM: %1</source>
        <translation>Sage CRM&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="156"/>
        <source>Admin endpoint: %1</source>
        <translation>Point de terminaison d&apos;administration&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="161"/>
        <source>2. The sandbox wrote a profile for them: %1 (secrets: %2, mode 0600)</source>
        <translation>2. Le bac à sable a écrit un profil pour eux&#xa0;: %1 (secrets&#xa0;: %2, mode 0600)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="164"/>
        <source>3. Validating the profile as the panel&apos;s Save would…</source>
        <translation>3. Validation du profil comme le ferait Enregistrer dans le panneau…</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="174"/>
        <source>the demo profile is not valid</source>
        <translation>le profil de démo n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="182"/>
        <source>valid; %1 secrets ready for --secrets-file</source>
        <translation>valide&#xa0;; %1 secrets prêts pour --secrets-file</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="188"/>
        <source>removed the journal of an earlier demo run: %1</source>
        <translation>journal d&apos;une démo précédente supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="191"/>
        <source>4. Test Connection, step by step (the listener step warns until the service runs):</source>
        <translation>4. Tester la connexion, étape par étape (l&apos;étape de l&apos;écouteur avertit tant que le service ne fonctionne pas)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="203"/>
        <source>5. What the sandboxes hold:</source>
        <translation>5. Contenu des bacs à sable&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="219"/>
        <source>CRM users: %1; CRM communications: %2</source>
        <translation>Utilisateurs CRM&#xa0;: %1&#xa0;; communications CRM&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="222"/>
        <source>events in %1&apos;s mailbox: %2</source>
        <translation>événements dans la boîte aux lettres de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="247"/>
        <source>6. Sync Users With CRM: linking CRM users to their mailboxes (no CRM users are created):</source>
        <translation>6. Synchroniser les utilisateurs avec le CRM&#xa0;: liaison des utilisateurs CRM à leurs boîtes aux lettres (aucun utilisateur CRM n&apos;est créé)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="259"/>
        <source>plan: %1 mailboxes, %2 CRM users; %3 to link, %4 to create, %5 conflicts, %6 not linked</source>
        <translation>plan&#xa0;: %1 boîtes aux lettres, %2 utilisateurs CRM&#xa0;; %3 à lier, %4 à créer, %5 conflits, %6 non liés</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="271"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="277"/>
        <source>applied in %1 ms: %2 linked, %3 unchanged, %4 creations declined (the demo does not create CRM users), %5 conflicts, %6 skipped, %7 failed</source>
        <translation>appliqué en %1 ms&#xa0;: %2 liés, %3 inchangés, %4 créations refusées (la démo ne crée pas d&apos;utilisateurs CRM), %5 conflits, %6 ignorés, %7 en échec</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/DemoCommand.cpp" line="297"/>
        <source>the journal now links %n CRM user(s) to a mailbox</source>
        <translation>
            <numerusform>le journal lie maintenant %n utilisateur CRM à une boîte aux lettres</numerusform>
            <numerusform>le journal lie maintenant %n utilisateurs CRM à une boîte aux lettres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="302"/>
        <source>no CRM user was linked, so there is nothing to synchronize</source>
        <translation>aucun utilisateur CRM n&apos;a été lié, il n&apos;y a donc rien à synchroniser</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="331"/>
        <source>%1: this run would delete %2 of %3 synchronized items; kept (the demo never confirms a mass delete)</source>
        <translation>%1&#xa0;: cette exécution supprimerait %2 des %3 éléments synchronisés&#xa0;; conservés (la démo ne confirme jamais une suppression massive)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="363"/>
        <source>note (%1 times): %2</source>
        <translation>remarque (%1 fois)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="364"/>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="396"/>
        <source>the sandbox lists no mailbox %1, which the journal links</source>
        <translation>le bac à sable ne liste aucune boîte aux lettres %1, que le journal lie</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="468"/>
        <source>CRM user %1</source>
        <translation>utilisateur CRM %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="474"/>
        <source>&quot;%1&quot; on %2 (%3) is in %4&apos;s Outlook calendar (event id %5…)</source>
        <translation>«&#xa0;%1&#xa0;» le %2 (%3) est dans le calendrier Outlook de %4 (id d&apos;événement %5…)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="486"/>
        <source>&quot;%1&quot; on %2 (CRM server time) is CRM communication %3 for %4</source>
        <translation>«&#xa0;%1&#xa0;» le %2 (heure du serveur CRM) est la communication CRM %3 de %4</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="498"/>
        <source>7. Calendar sync, both ways, over the sample data (a retry pass, then one run):</source>
        <translation>7. Synchronisation des calendriers, dans les deux sens, sur les données d&apos;exemple (une passe de nouvelles tentatives, puis une exécution)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="507"/>
        <source>read back from the sandboxes: %1 new event(s) in %2 linked mailbox(es), %3 new CRM communication(s)</source>
        <translation>relu dans les bacs à sable&#xa0;: %1 nouvel(s) événement(s) dans %2 boîte(s) aux lettres liée(s), %3 nouvelle(s) communication(s) CRM</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="515"/>
        <source>CRM → Outlook, for example: %1</source>
        <translation>CRM → Outlook, par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="519"/>
        <source>CRM → Outlook: no CRM appointment needed a new Outlook event</source>
        <translation>CRM → Outlook&#xa0;: aucun rendez-vous CRM n&apos;a nécessité de nouvel événement Outlook</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="522"/>
        <source>Outlook → CRM, for example: %1</source>
        <translation>Outlook → CRM, par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="525"/>
        <source>Outlook → CRM: no Outlook appointment needed a new CRM communication</source>
        <translation>Outlook → CRM&#xa0;: aucun rendez-vous Outlook n&apos;a nécessité de nouvelle communication CRM</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="532"/>
        <source>8. Acting as users do (through the sandboxes&apos; user-action API):</source>
        <translation>8. Agir comme le font les utilisateurs (via l&apos;API d&apos;actions utilisateur des bacs à sable)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="544"/>
        <source>Demo: project kick-off</source>
        <translation>Démo&#xa0;: lancement du projet</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="554"/>
        <location filename="../cli/DemoCommand.cpp" line="584"/>
        <source>the sandboxes refused the demo&apos;s changes: %1</source>
        <translation>les bacs à sable ont refusé les modifications de la démo&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="563"/>
        <source>%1 created &quot;%2&quot; in Outlook (id %3…); the mailbox now holds %4 events</source>
        <translation>%1 a créé «&#xa0;%2&#xa0;» dans Outlook (id %3…)&#xa0;; la boîte aux lettres contient maintenant %4 événements</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="578"/>
        <source>Demo: customer call</source>
        <translation>Démo&#xa0;: appel client</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="588"/>
        <source>%1 created &quot;%2&quot; in the CRM (Comm_CommunicationId %3)</source>
        <translation>%1 a créé «&#xa0;%2&#xa0;» dans le CRM (Comm_CommunicationId %3)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="593"/>
        <source>the sandboxes refused the demo&apos;s changes</source>
        <translation>les bacs à sable ont refusé les modifications de la démo</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="600"/>
        <source>9. Calendar sync again: it carries the two changes above across:</source>
        <translation>9. Nouvelle synchronisation des calendriers&#xa0;: elle transmet les deux modifications ci-dessus&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="610"/>
        <source>Outlook → CRM: %1</source>
        <translation>Outlook → CRM&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="615"/>
        <source>CRM → Outlook: %1</source>
        <translation>CRM → Outlook&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="621"/>
        <source>&quot;%1&quot; did not reach the CRM</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas atteint le CRM</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="626"/>
        <source>&quot;%1&quot; did not reach %2&apos;s Outlook calendar</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas atteint le calendrier Outlook de %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="632"/>
        <source>both changes crossed: %1 new CRM communication(s), %2 new Outlook event(s) in all</source>
        <translation>les deux modifications sont passées&#xa0;: %1 nouvelle(s) communication(s) CRM, %2 nouvel(s) événement(s) Outlook au total</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="652"/>
        <source>10. Where to look next:</source>
        <translation>10. Où regarder ensuite&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="656"/>
        <source>%1 queue list   (failed messages waiting for a retry: %2)</source>
        <translation>%1 queue list   (messages en échec en attente d&apos;une nouvelle tentative&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="658"/>
        <source>%1 log          (the transaction log: every write of the runs above)</source>
        <translation>%1 log          (le journal des transactions&#xa0;: chaque écriture des exécutions ci-dessus)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="660"/>
        <source>%1 users list   (each CRM user&apos;s link)</source>
        <translation>%1 users list   (le lien de chaque utilisateur CRM)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="662"/>
        <source>cxsync-panel --config %1   (the panel: Status, Failed Messages and Log tabs, Sync Now)</source>
        <translation>cxsync-panel --config %1   (le panneau&#xa0;: onglets État, Messages en échec et Journal, Synchroniser maintenant)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="666"/>
        <source>Try it: %1 test-connection</source>
        <translation>Essayez&#xa0;: %1 test-connection</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="668"/>
        <source>The profile and journal are removed when the demo ends; keep them with --dir DIR.</source>
        <translation>Le profil et le journal sont supprimés à la fin de la démo&#xa0;; conservez-les avec --dir DIR.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="671"/>
        <source>Serving until interrupted (Ctrl+C).</source>
        <translation>En service jusqu&apos;à interruption (Ctrl+C).</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="674"/>
        <source>The sandboxes stop with the demo; --serve keeps them running for `cxsync sync` and the panel.</source>
        <translation>Les bacs à sable s&apos;arrêtent avec la démo&#xa0;; --serve les laisse fonctionner pour `cxsync sync` et le panneau.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="688"/>
        <source>start the Graph and Sage CRM sandboxes with sample data, write a
profile for them and run what the product can do against them</source>
        <translation>démarre les bacs à sable Graph et Sage CRM avec des données d&apos;exemple, écrit
un profil pour eux et exécute ce que le produit sait faire avec eux</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="693"/>
        <source>Keep the profile, secrets and journal here (default: a temporary folder).</source>
        <translation>Conserver ici le profil, les secrets et le journal (par défaut&#xa0;: un dossier temporaire).</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="695"/>
        <source>Sample users, 1 to 100000.</source>
        <translation>Utilisateurs d&apos;exemple, de 1 à 100000.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="697"/>
        <source>Sample appointments, 0 to 1000000.</source>
        <translation>Rendez-vous d&apos;exemple, de 0 à 1000000.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="699"/>
        <source>Seed of the sample data.</source>
        <translation>Graine des données d&apos;exemple.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="702"/>
        <source>Keep the sandboxes running until interrupted.</source>
        <translation>Laisser les bacs à sable fonctionner jusqu&apos;à interruption.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="711"/>
        <source>usage: cxsync demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]</source>
        <translation>utilisation&#xa0;: cxsync demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="723"/>
        <source>--users (1 to 100000), --appointments (0 to 1000000) and --seed must be whole numbers</source>
        <translation>--users (1 à 100000), --appointments (0 à 1000000) et --seed doivent être des nombres entiers</translation>
    </message>
</context>
<context>
    <name>cxsync::DiagnosticStatusFeed</name>
    <message>
        <location filename="../ui/DiagnosticStatusFeed.cpp" line="69"/>
        <source>HTTP %1 in %2 ms: %3 %4 (%5)</source>
        <translation>HTTP %1 en %2 ms&#xa0;: %3 %4 (%5)</translation>
    </message>
    <message>
        <location filename="../ui/DiagnosticStatusFeed.cpp" line="72"/>
        <source>HTTP failed after %1 ms: %2 %3 (%4): %5</source>
        <translation>Échec HTTP après %1 ms&#xa0;: %2 %3 (%4)&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>cxsync::EnumNames</name>
    <message>
        <location filename="../core/store/EnumNames.h" line="43"/>
        <source>&apos;%1&apos; is not %2 (%3)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/store/EnumNames.h" line="64"/>
        <source>an error kind</source>
        <translation>un type d’erreur</translation>
    </message>
</context>
<context>
    <name>cxsync::EwsChecks</name>
    <message>
        <location filename="../core/diagnostics/EwsChecks.cpp" line="12"/>
        <source>This Exchange server is not an on-premises (EWS) server.</source>
        <translation>Ce serveur Exchange n&apos;est pas un serveur local (EWS).</translation>
    </message>
</context>
<context>
    <name>cxsync::ExchangeRouter</name>
    <message>
        <location filename="../core/connect/ExchangeRouter.cpp" line="39"/>
        <source>Exchange server %1: %2</source>
        <translation>Serveur Exchange %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::ExchangeServerDialog</name>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="60"/>
        <source>Add Exchange Server</source>
        <translation>Ajouter un serveur Exchange</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="60"/>
        <location filename="../ui/ExchangeServerDialog.cpp" line="333"/>
        <source>Edit Exchange Server %1</source>
        <translation>Modifier le serveur Exchange %1</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="64"/>
        <source>An additional Exchange Online tenant or on-premises Exchange server synchronized with the same CRM. Its mailboxes are reached with its own credentials; passwords go to the keychain, never to the settings file.</source>
        <translation>Un locataire Exchange Online ou un serveur Exchange local supplémentaire, synchronisé avec le même CRM. Ses boîtes aux lettres sont atteintes avec ses propres identifiants&#xa0;; les mots de passe vont dans le trousseau, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="73"/>
        <source>e.g. emea: letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>p. ex. emea&#xa0;: lettres, chiffres, «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="76"/>
        <source>Server Name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="80"/>
        <source>Exchange Online (Microsoft Graph)</source>
        <translation>Exchange Online (Microsoft Graph)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="81"/>
        <source>Exchange Server on-premises (EWS)</source>
        <translation>Exchange Server local (EWS)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="84"/>
        <source>mailbox, e.g. admin@fabrikam.com</source>
        <translation>boîte aux lettres, p. ex. admin@fabrikam.com</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="85"/>
        <source>optional: a mailbox this server&apos;s account must not reach</source>
        <translation>facultatif&#xa0;: une boîte aux lettres que le compte de ce serveur ne doit pas atteindre</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="88"/>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="91"/>
        <source>tenant GUID or fabrikam.onmicrosoft.com</source>
        <translation>GUID du locataire ou fabrikam.onmicrosoft.com</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="92"/>
        <source>application (client) GUID from the app registration</source>
        <translation>GUID de l&apos;application (client) de l&apos;inscription d&apos;application</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="96"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="97"/>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="100"/>
        <source>Client Secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="101"/>
        <source>absolute path to the PFX or PEM file</source>
        <translation>chemin absolu du fichier PFX ou PEM</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="102"/>
        <source>Certificate Password</source>
        <translation>Mot de passe du certificat</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="105"/>
        <source>On-premises Exchange</source>
        <translation>Exchange local</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="108"/>
        <source>e.g. mail.fabrikam.example</source>
        <translation>p. ex. mail.fabrikam.example</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="109"/>
        <source>DOMAIN\account or account@domain</source>
        <translation>DOMAINE\compte ou compte@domaine</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="110"/>
        <source>NT Account Password</source>
        <translation>Mot de passe du compte NT</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="111"/>
        <source>default: https://&lt;Primary Exchange Server&gt;/EWS/Exchange.asmx</source>
        <translation>par défaut&#xa0;: https://&lt;Serveur Exchange principal&gt;/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="117"/>
        <source>Advanced (national clouds only)</source>
        <translation>Avancé (clouds nationaux uniquement)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="122"/>
        <location filename="../ui/ExchangeServerDialog.cpp" line="124"/>
        <source>default: %1</source>
        <translation>par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="167"/>
        <source>not stored</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="217"/>
        <source>stored; leave empty to keep</source>
        <translation>enregistré&#xa0;; laisser vide pour conserver</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="284"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="303"/>
        <source>Server Name is required.</source>
        <translation>Le nom du serveur est obligatoire.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="314"/>
        <source>There is already an Exchange server named %1: choose another name, or Cancel and edit that one.</source>
        <translation>Il existe déjà un serveur Exchange nommé %1&#xa0;: choisissez un autre nom, ou annulez et modifiez celui-ci.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="326"/>
        <source>Exchange server %1 was not saved: correct the fields marked in red.</source>
        <translation>Le serveur Exchange %1 n&apos;a pas été enregistré&#xa0;: corrigez les champs marqués en rouge.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="335"/>
        <source>Exchange server %1 (%2) saved to %3.</source>
        <translation>Serveur Exchange %1 (%2) enregistré dans %3.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="356"/>
        <source>The settings were saved, but the %1 cannot be stored: the %2 cannot keep passwords for additional Exchange servers.</source>
        <translation>Les paramètres ont été enregistrés, mais le %1 ne peut pas être enregistré&#xa0;: le %2 ne peut pas conserver de mots de passe pour des serveurs Exchange supplémentaires.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="369"/>
        <source>The settings were saved, but the %1 was not stored: %2</source>
        <translation>Les paramètres ont été enregistrés, mais le %1 n&apos;a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="372"/>
        <source>Exchange server %1: %2</source>
        <translation>Serveur Exchange %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="378"/>
        <source>%1 of Exchange server %2 stored in the %3.</source>
        <translation>%1 du serveur Exchange %2 enregistré dans le %3.</translation>
    </message>
</context>
<context>
    <name>cxsync::FailedMessagesModel</name>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="68"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="70"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="72"/>
        <source>Last Failure</source>
        <translation>Dernier échec</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="74"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="76"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="78"/>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="80"/>
        <source>Error Kind</source>
        <translation>Type d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="82"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="84"/>
        <source>Next Attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="86"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="88"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>cxsync::FailedMessagesPage</name>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="36"/>
        <source>Failed Messages</source>
        <translation>Messages en échec</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="39"/>
        <source>Export Failed Messages</source>
        <translation>Exporter les messages en échec</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="41"/>
        <source>Event Data XML (*.xml);;JSON (*.json);;CSV (*.csv)</source>
        <translation>Event Data XML (*.xml);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="50"/>
        <source>Any error</source>
        <translation>Toute erreur</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="59"/>
        <source>Open (waiting, retrying, parked)</source>
        <translation>Ouverts (en attente, nouvelle tentative, mis de côté)</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="60"/>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="67"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="78"/>
        <source>Select a message to see the change, the error and every attempt.</source>
        <translation>Sélectionnez un message pour voir la modification, l&apos;erreur et chaque tentative.</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="95"/>
        <source>Retry Now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="96"/>
        <source>Retry All Matching</source>
        <translation>Réessayer tous les messages correspondants</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="97"/>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="98"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="100"/>
        <source>Send Test Mail</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FailedMessagesPage.cpp" line="143"/>
        <source>%n message(s) match, newest failure first.</source>
        <translation>
            <numerusform>%n message correspond, échec le plus récent en premier.</numerusform>
            <numerusform>%n messages correspondent, échec le plus récent en premier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="168"/>
        <source>Failed message %1: %2</source>
        <translation>Message en échec %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="171"/>
        <source>Error: %1: %2</source>
        <translation>Erreur&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="173"/>
        <source>HTTP status %1, server code %2</source>
        <translation>Statut HTTP %1, code serveur %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="174"/>
        <source>Attempts: %1; first failure %2; last failure %3</source>
        <translation>Tentatives&#xa0;: %1&#xa0;; premier échec %2&#xa0;; dernier échec %3</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="179"/>
        <source>Next attempt: %1</source>
        <translation>Prochaine tentative&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="180"/>
        <source>CRM user %1, mailbox %2, CRM item %3, Exchange item %4</source>
        <translation>Utilisateur CRM %1, boîte aux lettres %2, élément CRM %3, élément Exchange %4</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="182"/>
        <source>Change:</source>
        <translation>Modification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="184"/>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="204"/>
        <source>Failed message %1 was not retried: %2</source>
        <translation>Le message en échec %1 n&apos;a pas été réessayé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="207"/>
        <source>Failed message %1 will be retried by the next sync or service pass.</source>
        <translation>Le message en échec %1 sera réessayé lors de la prochaine synchronisation ou du prochain passage du service.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FailedMessagesPage.cpp" line="215"/>
        <source>Retry the %n matching message(s), parked ones included?</source>
        <translation>
            <numerusform>Réessayer le message correspondant (%n), y compris s&apos;il est mis de côté&#xa0;?</numerusform>
            <numerusform>Réessayer les %n messages correspondants, y compris ceux mis de côté&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="220"/>
        <source>Nothing was retried: %1</source>
        <translation>Rien n&apos;a été réessayé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FailedMessagesPage.cpp" line="223"/>
        <source>%n failed message(s) will be retried by the next sync or service pass.</source>
        <translation>
            <numerusform>%n message en échec sera réessayé lors de la prochaine synchronisation ou du prochain passage du service.</numerusform>
            <numerusform>%n messages en échec seront réessayés lors de la prochaine synchronisation ou du prochain passage du service.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="234"/>
        <source>Discard failed message %1? Its change will never be applied (Retry Now brings it back).</source>
        <translation>Abandonner le message en échec %1&#xa0;? Sa modification ne sera jamais appliquée (Réessayer maintenant le fait revenir).</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="237"/>
        <source>discarded in the control panel</source>
        <translation>abandonné dans le panneau de configuration</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="238"/>
        <source>Failed message %1 was not discarded: %2</source>
        <translation>Le message en échec %1 n&apos;a pas été abandonné&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="241"/>
        <source>Failed message %1 discarded.</source>
        <translation>Message en échec %1 abandonné.</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="254"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FailedMessagesPage.cpp" line="257"/>
        <source>Exported %n failed message(s) to %1.</source>
        <translation>
            <numerusform>%n message en échec exporté vers %1.</numerusform>
            <numerusform>%n messages en échec exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="269"/>
        <source>Sending a test mail…</source>
        <translation>Envoi d&apos;un e-mail de test…</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="280"/>
        <location filename="../ui/FailedMessagesPage.cpp" line="285"/>
        <source>Test mail not sent: %1</source>
        <translation>E-mail de test non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="286"/>
        <source>Test mail accepted by the server: %1</source>
        <translation>E-mail de test accepté par le serveur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::GraphChecks</name>
    <message>
        <location filename="../core/diagnostics/GraphChecks.cpp" line="52"/>
        <source>The users answer has no &apos;value&apos; list.</source>
        <translation>La réponse des utilisateurs n&apos;a pas de liste «&#xa0;value&#xa0;».</translation>
    </message>
</context>
<context>
    <name>cxsync::HelpCommand</name>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="18"/>
        <source>this list, or what one command takes (also: cxsync COMMAND --help)</source>
        <translation>cette liste, ou ce que prend une commande (aussi&#xa0;: cxsync COMMAND --help)</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="39"/>
        <source>unknown command &apos;%1&apos;; see cxsync help</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir cxsync help</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="40"/>
        <source>&apos;%1&apos; has no subcommand &apos;%2&apos;; see cxsync help %1</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de sous-commande «&#xa0;%2&#xa0;»&#xa0;; voir cxsync help %1</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="80"/>
        <source>The settings file (INI); default: CXSYNC_CONFIG, else the per-user profile.</source>
        <translation>Le fichier de paramètres (INI)&#xa0;; par défaut&#xa0;: CXSYNC_CONFIG, sinon le profil
de l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="84"/>
        <source>Secrets as name=value lines, in a file of mode 0600.</source>
        <translation>Secrets sous forme de lignes nom=valeur, dans un fichier en mode 0600.</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="87"/>
        <source>Read name=value secret lines from standard input.</source>
        <translation>Lire des lignes de secrets nom=valeur depuis l&apos;entrée standard.</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="94"/>
        <source>Usage: cxsync [--config PATH] [--secrets-file PATH] [--password-stdin] COMMAND [OPTIONS]
</source>
        <translation>Utilisation&#xa0;: cxsync [--config PATH] [--secrets-file PATH] [--password-stdin] COMMAND [OPTIONS]
</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="96"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="98"/>
        <source>`cxsync help COMMAND` or `cxsync COMMAND --help` lists the options a command takes; any other
option is a usage error.
</source>
        <translation>`cxsync help COMMAND` ou `cxsync COMMAND --help` liste les options que prend une commande&#xa0;; toute
autre option est une erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="101"/>
        <source>Global options (before or after the command):</source>
        <translation>Options globales (avant ou après la commande)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="104"/>
        <source>Secrets: crm-password, nt-password, graph-client-secret, graph-certificate-password,
smtp-password, listener-client-state. Headless runs may supply them through
CXSYNC_SECRET_&lt;NAME&gt; (e.g. CXSYNC_SECRET_CRM_PASSWORD), --secrets-file (name=value lines,
mode 0600) or --password-stdin (the same lines on standard input).

Exit codes: 0 ok, 1 the operation failed, 2 usage error or invalid configuration.
</source>
        <translation>Secrets&#xa0;: crm-password, nt-password, graph-client-secret, graph-certificate-password,
smtp-password, listener-client-state. Les exécutions sans interface peuvent les fournir par
CXSYNC_SECRET_&lt;NAME&gt; (p. ex. CXSYNC_SECRET_CRM_PASSWORD), --secrets-file (lignes nom=valeur,
mode 0600) ou --password-stdin (les mêmes lignes sur l&apos;entrée standard).

Codes de sortie&#xa0;: 0 succès, 1 l&apos;opération a échoué, 2 erreur d&apos;utilisation ou configuration invalide.
</translation>
    </message>
</context>
<context>
    <name>cxsync::HooksCommand</name>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="30"/>
        <source>usage: cxsync hooks install | status [--json] | remove</source>
        <translation>utilisation&#xa0;: cxsync hooks install | status [--json] | remove</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="121"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="126"/>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="128"/>
        <source>(full read of the mailbox at the next sync)</source>
        <translation>(lecture complète de la boîte aux lettres à la prochaine synchronisation)</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="199"/>
        <source>server unknown</source>
        <translation>serveur inconnu</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="201"/>
        <source>expires %1, renewal due %2</source>
        <translation>expire le %1, renouvellement prévu le %2</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="211"/>
        <source>No change subscriptions are installed; changes are found by polling.</source>
        <translation>Aucun abonnement aux modifications n&apos;est installé&#xa0;; les modifications sont détectées par interrogation.</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="218"/>
        <source>Removing the change subscriptions:</source>
        <translation>Suppression des abonnements aux modifications&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="222"/>
        <source>There were none.</source>
        <translation>Il n&apos;y en avait aucun.</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="232"/>
        <source>the Graph change subscriptions that tell the service what changed</source>
        <translation>les abonnements Graph aux modifications qui signalent au service ce qui a changé</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="241"/>
        <source>one Graph change subscription per linked mailbox (clientState in the
keychain); checks the CRM&apos;s custom fields and lists missing ones</source>
        <translation>un abonnement Graph aux modifications par boîte aux lettres liée (clientState
dans le trousseau)&#xa0;; vérifie les champs personnalisés du CRM et liste ceux qui
manquent</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="247"/>
        <source>each subscription with its expiry, renewal time and health</source>
        <translation>chaque abonnement avec son expiration, sa date de renouvellement et son état</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="252"/>
        <source>delete the change subscriptions</source>
        <translation>supprime les abonnements aux modifications</translation>
    </message>
</context>
<context>
    <name>cxsync::HooksInstaller</name>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="84"/>
        <source>subscription for %1 created; expires %2</source>
        <translation>abonnement pour %1 créé&#xa0;; expire le %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="87"/>
        <source>subscription for %1 is in place; expires %2</source>
        <translation>abonnement pour %1 en place&#xa0;; expire le %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="90"/>
        <source>subscription for %1 renewed; expires %2</source>
        <translation>abonnement pour %1 renouvelé&#xa0;; expire le %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="93"/>
        <source>subscription for %1 was gone at Graph and was created again; expires %2</source>
        <translation>l&apos;abonnement pour %1 avait disparu chez Graph et a été recréé&#xa0;; expire le %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="97"/>
        <source>subscription for %1 removed</source>
        <translation>abonnement pour %1 supprimé</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="100"/>
        <source>subscription for %1 failed: %2</source>
        <translation>échec de l&apos;abonnement pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="104"/>
        <source> (the mailbox is read in full at the next sync)</source>
        <translation> (la boîte aux lettres est lue entièrement à la prochaine synchronisation)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hooks/HooksInstaller.cpp" line="123"/>
        <source>Cancelled: %n mailbox(es) were not handled; install again to finish.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n boîte aux lettres n&apos;a pas été traitée&#xa0;; relancez l&apos;installation pour terminer.</numerusform>
            <numerusform>Annulé&#xa0;: %n boîtes aux lettres n&apos;ont pas été traitées&#xa0;; relancez l&apos;installation pour terminer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="127"/>
        <source>Subscriptions: %1 created, %2 renewed, %3 kept, %4 recreated, %5 failed.</source>
        <translation>Abonnements&#xa0;: %1 créés, %2 renouvelés, %3 conservés, %4 recréés, %5 en échec.</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="158"/>
        <source>push is not configured: set %1 (%2); without it changes are found by polling</source>
        <translation>le push n&apos;est pas configuré&#xa0;: définissez %1 (%2)&#xa0;; sans cela, les modifications sont détectées par interrogation</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="196"/>
        <source>CRM side: the custom fields could not be checked: %1</source>
        <translation>côté CRM&#xa0;: les champs personnalisés n&apos;ont pas pu être vérifiés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="202"/>
        <source>CRM side: Sage CRM&apos;s REST API cannot create fields. Add these text fields in Administration &gt; Customization, then install again:</source>
        <translation>côté CRM&#xa0;: l&apos;API REST de Sage CRM ne peut pas créer de champs. Ajoutez ces champs texte dans Administration &gt; Customization, puis relancez l&apos;installation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="207"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="208"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="209"/>
        <source>  %1 (on %2)</source>
        <translation>  %1 (sur %2)</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="216"/>
        <source>CRM side: warning: could not confirm %1 (%2); if one is missing, the first write that needs it names it.</source>
        <translation>côté CRM&#xa0;: avertissement&#xa0;: impossible de confirmer %1 (%2)&#xa0;; s&apos;il en manque un, la première écriture qui en a besoin le nomme.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hooks/HooksInstaller.cpp" line="223"/>
        <source>CRM side: custom fields present; changes are read from the CRM every %n second(s)</source>
        <translation>
            <numerusform>côté CRM&#xa0;: champs personnalisés présents&#xa0;; les modifications sont lues dans le CRM toutes les %n seconde</numerusform>
            <numerusform>côté CRM&#xa0;: champs personnalisés présents&#xa0;; les modifications sont lues dans le CRM toutes les %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="230"/>
        <source>Exchange side: no linked users yet; synchronize users first (Sync Users With CRM, or &apos;cxsync users sync&apos;).</source>
        <translation>côté Exchange&#xa0;: aucun utilisateur lié pour l&apos;instant&#xa0;; synchronisez d&apos;abord les utilisateurs (Synchroniser les utilisateurs avec le CRM, ou «&#xa0;cxsync users sync&#xa0;»).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hooks/HooksInstaller.cpp" line="252"/>
        <source>Exchange side: %n mailbox(es)</source>
        <translation>
            <numerusform>côté Exchange&#xa0;: %n boîte aux lettres</numerusform>
            <numerusform>côté Exchange&#xa0;: %n boîtes aux lettres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="278"/>
        <source>the listener&apos;s client state could not be stored (%1); store one with &apos;cxsync secret set listener-client-state&apos;</source>
        <translation>l&apos;état client de l&apos;écouteur n&apos;a pas pu être enregistré (%1)&#xa0;; enregistrez-en un avec «&#xa0;cxsync secret set listener-client-state&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="283"/>
        <source>A new listener client state was created and stored in the %1.</source>
        <translation>Un nouvel état client de l&apos;écouteur a été créé et enregistré dans le %1.</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="307"/>
        <source>(the service is not running: Install Scripts answers Graph&apos;s validation itself; start the service to receive notifications)</source>
        <translation>(le service ne fonctionne pas&#xa0;: Installer les scripts répond lui-même à la validation de Graph&#xa0;; démarrez le service pour recevoir les notifications)</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="337"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::HttpRequestReader</name>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="106"/>
        <source>the chunked body&apos;s trailer fields are larger than %1 bytes</source>
        <translation>les champs de fin du corps fragmenté dépassent %1 octets</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="109"/>
        <source>the request line is longer than %1 bytes</source>
        <translation>la ligne de requête dépasse %1 octets</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="111"/>
        <source>the request&apos;s header fields are larger than %1 bytes</source>
        <translation>les en-têtes de la requête dépassent %1 octets</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="121"/>
        <source>a malformed trailer field after the chunked body</source>
        <translation>un champ de fin mal formé après le corps fragmenté</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="142"/>
        <source>a chunk-size line longer than %1 bytes</source>
        <translation>une ligne de taille de fragment de plus de %1 octets</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="149"/>
        <source>a chunk is longer than its size says</source>
        <translation>un fragment est plus long que sa taille annoncée</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="172"/>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="176"/>
        <source>a malformed request line</source>
        <translation>une ligne de requête mal formée</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="178"/>
        <source>HTTP version %1 is not supported</source>
        <translation>la version HTTP %1 n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="188"/>
        <source>a malformed request target</source>
        <translation>une cible de requête mal formée</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="195"/>
        <source>a folded header line (obsolete line folding)</source>
        <translation>une ligne d&apos;en-tête repliée (repli de ligne obsolète)</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="198"/>
        <source>a malformed header field</source>
        <translation>un champ d&apos;en-tête mal formé</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="200"/>
        <source>more than %1 header fields</source>
        <translation>plus de %1 champs d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="222"/>
        <source>both Content-Length and Transfer-Encoding</source>
        <translation>à la fois Content-Length et Transfer-Encoding</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="224"/>
        <source>Transfer-Encoding in an HTTP/1.0 request</source>
        <translation>Transfer-Encoding dans une requête HTTP/1.0</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="226"/>
        <source>the transfer coding &apos;%1&apos; is not supported</source>
        <translation>le codage de transfert «&#xa0;%1&#xa0;» n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="233"/>
        <source>an invalid Content-Length</source>
        <translation>un Content-Length invalide</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="239"/>
        <source>a body of %1 bytes, more than the limit of %2</source>
        <translation>un corps de %1 octets, au-delà de la limite de %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="255"/>
        <source>a malformed chunk size</source>
        <translation>une taille de fragment mal formée</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="262"/>
        <source>a chunked body of more than %1 bytes</source>
        <translation>un corps fragmenté de plus de %1 octets</translation>
    </message>
</context>
<context>
    <name>cxsync::InstallScriptsAction</name>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="15"/>
        <location filename="../ui/InstallScriptsAction.cpp" line="90"/>
        <source>Install Scripts</source>
        <translation>Installer les scripts</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="18"/>
        <source>Check the CRM fields the synchronization needs (and list any you must add), and create or renew the Exchange change subscription of every linked mailbox so that changes reach the service in seconds.</source>
        <translation>Vérifie les champs CRM dont la synchronisation a besoin (et liste ceux que vous devez ajouter), et crée ou renouvelle l&apos;abonnement Exchange aux modifications de chaque boîte aux lettres liée, afin que les modifications atteignent le service en quelques secondes.</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="56"/>
        <source>Install Scripts: cancelling after the mailbox under way…</source>
        <translation>Installer les scripts&#xa0;: annulation après la boîte aux lettres en cours…</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="62"/>
        <source>Install Scripts: already running.</source>
        <translation>Installer les scripts&#xa0;: déjà en cours.</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="69"/>
        <location filename="../ui/InstallScriptsAction.cpp" line="73"/>
        <source>Install Scripts: %1</source>
        <translation>Installer les scripts&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="81"/>
        <source>Install Scripts: nothing was installed.</source>
        <translation>Installer les scripts&#xa0;: rien n&apos;a été installé.</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="83"/>
        <source>Install Scripts cancelled.</source>
        <translation>Installation des scripts annulée.</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="85"/>
        <source>Install Scripts finished.</source>
        <translation>Installation des scripts terminée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InstallScriptsAction.cpp" line="87"/>
        <source>Install Scripts finished with %n problem(s); see the lines above.</source>
        <translation>
            <numerusform>L&apos;installation des scripts s&apos;est terminée avec %n problème&#xa0;; voir les lignes ci-dessus.</numerusform>
            <numerusform>L&apos;installation des scripts s&apos;est terminée avec %n problèmes&#xa0;; voir les lignes ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="95"/>
        <source>Install Scripts: %v of %m mailboxes</source>
        <translation>Installer les scripts&#xa0;: boîte aux lettres %v sur %m</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="97"/>
        <source>Cancel Install Scripts</source>
        <translation>Annuler l&apos;installation des scripts</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="100"/>
        <source>Install Scripts started (saved settings: %1).</source>
        <translation>Installation des scripts démarrée (paramètres enregistrés&#xa0;: %1).</translation>
    </message>
</context>
<context>
    <name>cxsync::Journal</name>
    <message>
        <location filename="../core/store/Journal.cpp" line="41"/>
        <location filename="../core/store/Journal.cpp" line="124"/>
        <source>&apos;%1&apos; is not a readable SQLite journal.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un journal SQLite lisible.</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="48"/>
        <source>cannot write to the journal &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire dans le journal «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="56"/>
        <source>the journal &apos;%1&apos; cannot use write-ahead logging (is it on a network share?).</source>
        <translation>le journal «&#xa0;%1&#xa0;» ne peut pas utiliser la journalisation en écriture anticipée (se trouve-t-il sur un partage réseau&#xa0;?).</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="61"/>
        <location filename="../core/store/Journal.cpp" line="64"/>
        <source>cannot configure the journal &apos;%1&apos;: %2</source>
        <translation>impossible de configurer le journal «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="87"/>
        <source>the Qt SQLite driver is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>le pilote SQLite de Qt est absent (paquet Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="108"/>
        <source>cannot open the journal &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ouvrir le journal «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="128"/>
        <source>the journal &apos;%1&apos; has schema version %2, newer than this program&apos;s %3; use the newer program or restore a backup.</source>
        <translation>le journal «&#xa0;%1&#xa0;» a la version de schéma %2, plus récente que la version %3 de ce programme&#xa0;; utilisez le programme plus récent ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="137"/>
        <source>cannot start migration %1 of &apos;%2&apos;: %3</source>
        <translation>impossible de démarrer la migration %1 de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="151"/>
        <source>journal migration %1 (%2) failed and was rolled back: %3</source>
        <translation>la migration %1 (%2) du journal a échoué et a été annulée&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="156"/>
        <source>cannot commit migration %1 of &apos;%2&apos;: %3</source>
        <translation>impossible de valider la migration %1 de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>cxsync::JournalCommand</name>
    <message>
        <location filename="../cli/JournalCommand.cpp" line="107"/>
        <source>--state: &apos;%1&apos; is not one of waiting, retrying, parked, resolved, discarded</source>
        <translation>--state&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas l&apos;un de waiting, retrying, parked, resolved, discarded</translation>
    </message>
    <message>
        <location filename="../cli/JournalCommand.cpp" line="118"/>
        <source>--limit: &apos;%1&apos; is not a whole number (0 for all)</source>
        <translation>--limit&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier (0 pour tout)</translation>
    </message>
    <message>
        <location filename="../cli/JournalCommand.cpp" line="126"/>
        <source>--since: &apos;%1&apos; is not a date (2026-01-31) or a time (2026-01-31T14:00, with Z or an offset for UTC)</source>
        <translation>--since&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date (2026-01-31) ni une heure (2026-01-31T14:00, avec Z ou un décalage pour UTC)</translation>
    </message>
</context>
<context>
    <name>cxsync::JournalFile</name>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="82"/>
        <source>the journal &apos;%1&apos; is an empty file, not a journal of CRM Exchange Sync; it was left as it is. Delete it if it is a leftover, or give another path.</source>
        <translation>le journal «&#xa0;%1&#xa0;» est un fichier vide, pas un journal de CRM Exchange Sync&#xa0;; il a été laissé tel quel. Supprimez-le s&apos;il s&apos;agit d&apos;un reste, ou indiquez un autre chemin.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="88"/>
        <source>the journal &apos;%1&apos; is not an SQLite database, so not a journal of CRM Exchange Sync; it was left as it is. Give the path of the journal, or of a file that does not exist yet.</source>
        <translation>le journal «&#xa0;%1&#xa0;» n&apos;est pas une base de données SQLite, donc pas un journal de CRM Exchange Sync&#xa0;; il a été laissé tel quel. Indiquez le chemin du journal, ou d&apos;un fichier qui n&apos;existe pas encore.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="102"/>
        <source>&apos;%1&apos; is an SQLite database of another program (application id 0x%2), not a journal of CRM Exchange Sync; it was left as it is.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données SQLite d&apos;un autre programme (identifiant d&apos;application 0x%2), pas un journal de CRM Exchange Sync&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="109"/>
        <location filename="../core/store/JournalFile.cpp" line="217"/>
        <location filename="../core/store/JournalFile.cpp" line="230"/>
        <location filename="../core/store/JournalFile.cpp" line="314"/>
        <source>cannot read the journal &apos;%1&apos;: %2</source>
        <translation>impossible de lire le journal «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="113"/>
        <source>&apos;%1&apos; is an SQLite database, but not a journal of CRM Exchange Sync (the journal&apos;s tables are missing); it was left as it is.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données SQLite, mais pas un journal de CRM Exchange Sync (les tables du journal manquent)&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="121"/>
        <source>&apos;%1&apos; is a symbolic link (to &apos;%2&apos;); the journal and its side files must be the files themselves. Give the real path, or remove the link.</source>
        <translation>«&#xa0;%1&#xa0;» est un lien symbolique (vers «&#xa0;%2&#xa0;»)&#xa0;; le journal et ses fichiers annexes doivent être les fichiers eux-mêmes. Indiquez le chemin réel, ou supprimez le lien.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="144"/>
        <source>cannot examine &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;examiner «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="151"/>
        <location filename="../core/store/JournalFile.cpp" line="300"/>
        <source>&apos;%1&apos; is left over from a journal that is no longer there; move it away (or restore the journal &apos;%2&apos;), so that it is not replayed into a new journal.</source>
        <translation>«&#xa0;%1&#xa0;» est un reste d&apos;un journal qui n&apos;existe plus&#xa0;; déplacez-le (ou restaurez le journal «&#xa0;%2&#xa0;») afin qu&apos;il ne soit pas rejoué dans un nouveau journal.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="158"/>
        <source>&apos;%1&apos; is not a regular file (a FIFO, device, socket or folder); it was left as it is.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire (un FIFO, un périphérique, un socket ou un dossier)&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="164"/>
        <source>&apos;%1&apos; belongs to user %2, but the journal &apos;%3&apos; to user %4; it was left as it is.</source>
        <translation>«&#xa0;%1&#xa0;» appartient à l&apos;utilisateur %2, mais le journal «&#xa0;%3&#xa0;» à l&apos;utilisateur %4&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="194"/>
        <source>cannot examine the journal &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;examiner le journal «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="204"/>
        <location filename="../core/store/JournalFile.cpp" line="309"/>
        <source>the journal &apos;%1&apos; is a folder, not a file: give a file name, such as %1/journal.sqlite.</source>
        <translation>le journal «&#xa0;%1&#xa0;» est un dossier, pas un fichier&#xa0;: indiquez un nom de fichier, tel que %1/journal.sqlite.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="209"/>
        <source>the journal &apos;%1&apos; is not a regular file (a FIFO, device or socket); it was left as it is.</source>
        <translation>le journal «&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire (un FIFO, un périphérique ou un socket)&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="227"/>
        <source>the journal &apos;%1&apos; changed while it was being examined; try again.</source>
        <translation>le journal «&#xa0;%1&#xa0;» a changé pendant son examen&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="247"/>
        <location filename="../core/store/JournalFile.cpp" line="328"/>
        <source>cannot create the folder &apos;%1&apos; for the journal.</source>
        <translation>impossible de créer le dossier «&#xa0;%1&#xa0;» pour le journal.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="254"/>
        <location filename="../core/store/JournalFile.cpp" line="332"/>
        <source>cannot create the journal &apos;%1&apos;: %2</source>
        <translation>impossible de créer le journal «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="259"/>
        <source>cannot restrict the journal &apos;%1&apos; to its owner.</source>
        <translation>impossible de restreindre le journal «&#xa0;%1&#xa0;» à son propriétaire.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="280"/>
        <source>%1: mode %2 changed to %3 (only its owner may read the journal)</source>
        <translation>%1&#xa0;: mode %2 changé en %3 (seul son propriétaire peut lire le journal)</translation>
    </message>
</context>
<context>
    <name>cxsync::JournalPage</name>
    <message>
        <location filename="../ui/JournalPage.cpp" line="34"/>
        <source>The journal cannot be opened: %1</source>
        <translation>Le journal ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="52"/>
        <source>User or mailbox</source>
        <translation>Utilisateur ou boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="63"/>
        <source>Both directions</source>
        <translation>Les deux sens</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="75"/>
        <source>Any time</source>
        <translation>N&apos;importe quand</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="76"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="77"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="78"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="105"/>
        <source>More rows could not be read (scroll to try again): %1</source>
        <translation>Impossible de lire plus de lignes (faites défiler pour réessayer)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="121"/>
        <source>The journal could not be read: %1</source>
        <translation>Le journal n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::KeychainSecretStore</name>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="27"/>
        <source>no %1 is stored in the keychain.</source>
        <translation>aucun %1 n&apos;est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="32"/>
        <source>the keychain refused access to the %1: %2</source>
        <translation>le trousseau a refusé l&apos;accès au %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="38"/>
        <source>the keychain could not delete the %1: %2</source>
        <translation>le trousseau n&apos;a pas pu supprimer le %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="47"/>
        <source>no keychain is available (%1)</source>
        <translation>aucun trousseau n&apos;est disponible (%1)</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="102"/>
        <location filename="../core/config/KeychainSecretStore.cpp" line="123"/>
        <location filename="../core/config/KeychainSecretStore.cpp" line="143"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>le trousseau n&apos;a pas répondu en %1 s</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="159"/>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="161"/>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="163"/>
        <source>Secret Service keychain</source>
        <translation>trousseau Secret Service</translation>
    </message>
</context>
<context>
    <name>cxsync::LayeredSecretStore</name>
    <message>
        <location filename="../core/config/LayeredSecretStore.cpp" line="24"/>
        <source>no %1 is set.</source>
        <translation>aucun %1 n&apos;est défini.</translation>
    </message>
    <message>
        <location filename="../core/config/LayeredSecretStore.cpp" line="40"/>
        <source>no keychain is configured</source>
        <translation>aucun trousseau n&apos;est configuré</translation>
    </message>
    <message>
        <location filename="../core/config/LayeredSecretStore.cpp" line="42"/>
        <source>no keychain is available</source>
        <translation>aucun trousseau n&apos;est disponible</translation>
    </message>
    <message>
        <location filename="../core/config/LayeredSecretStore.cpp" line="90"/>
        <source>%1 (some secrets for this session only)</source>
        <translation>%1 (certains secrets pour cette session seulement)</translation>
    </message>
</context>
<context>
    <name>cxsync::ListenerTls</name>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="47"/>
        <location filename="../core/hooks/ListenerTls.cpp" line="51"/>
        <source>%1 is required when %2 is set (both or neither).</source>
        <translation>%1 est requis lorsque %2 est défini (les deux ou aucun).</translation>
    </message>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="58"/>
        <source>The listener certificate %1 cannot be read (%2).</source>
        <translation>Le certificat de l&apos;écouteur %1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="63"/>
        <source>The listener key %1 cannot be read (%2).</source>
        <translation>La clé de l&apos;écouteur %1 ne peut pas être lue (%2).</translation>
    </message>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="70"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="77"/>
        <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>%1 ne contient aucune clé privée PEM non chiffrée (RSA ou EC).</translation>
    </message>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="80"/>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation>La clé privée de %1 n&apos;appartient pas au certificat de %2.</translation>
    </message>
</context>
<context>
    <name>cxsync::LogCommand</name>
    <message>
        <location filename="../cli/LogCommand.cpp" line="19"/>
        <source>usage: cxsync log [--since DATE] [--user USER] [--json] [--limit N] | log export FILE.csv|FILE.json [--since DATE] [--user USER] | log prune</source>
        <translation>utilisation&#xa0;: cxsync log [--since DATE] [--user USER] [--json] [--limit N] | log export FILE.csv|FILE.json [--since DATE] [--user USER] | log prune</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="69"/>
        <source>The transaction log has no entries%1.</source>
        <translation>Le journal des transactions n&apos;a aucune entrée%1.</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="70"/>
        <source> that match</source>
        <translation> correspondante</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="81"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="85"/>
        <source>conflict: %1</source>
        <translation>conflit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/LogCommand.cpp" line="101"/>
        <source>Exported %n log entr(y/ies) to %1.</source>
        <translation>
            <numerusform>%n entrée du journal exportée vers %1.</numerusform>
            <numerusform>%n entrées du journal exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="110"/>
        <source>%1 is not valid; see cxsync config validate</source>
        <translation>%1 n&apos;est pas valide&#xa0;; voir cxsync config validate</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="114"/>
        <source>Removed %1 log entries older than %2 days.</source>
        <translation>%1 entrées du journal de plus de %2 jours supprimées.</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="122"/>
        <source>Only entries of this user (CRM logon or mailbox).</source>
        <translation>Seulement les entrées de cet utilisateur (identifiant CRM ou boîte aux lettres).</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="125"/>
        <source>the transaction log: what was applied, when, with what result</source>
        <translation>le journal des transactions&#xa0;: ce qui a été appliqué, quand, avec quel résultat</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="137"/>
        <source>At most N entries, the newest (default 100; 0: all).</source>
        <translation>Au plus N entrées, les plus récentes (par défaut 100&#xa0;; 0&#xa0;: toutes).</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="141"/>
        <source>FILE.csv or FILE.json</source>
        <translation>FILE.csv ou FILE.json</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="146"/>
        <source>remove the entries older than log/retentionDays</source>
        <translation>supprime les entrées plus anciennes que log/retentionDays</translation>
    </message>
</context>
<context>
    <name>cxsync::LogPage</name>
    <message>
        <location filename="../ui/LogPage.cpp" line="21"/>
        <source>Export Transaction Log</source>
        <translation>Exporter le journal des transactions</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="23"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="31"/>
        <source>Any result</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="37"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="40"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LogPage.cpp" line="81"/>
        <source>%n entr(y/ies) match, newest first.</source>
        <translation>
            <numerusform>%n entrée correspond, la plus récente en premier.</numerusform>
            <numerusform>%n entrées correspondent, les plus récentes en premier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="93"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LogPage.cpp" line="96"/>
        <source>Exported %n log entr(y/ies) to %1.</source>
        <translation>
            <numerusform>%n entrée du journal exportée vers %1.</numerusform>
            <numerusform>%n entrées du journal exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxsync::MemorySecretStore</name>
    <message>
        <location filename="../core/config/MemorySecretStore.cpp" line="10"/>
        <source>no %1 is set.</source>
        <translation>aucun %1 n&apos;est défini.</translation>
    </message>
    <message>
        <location filename="../core/config/MemorySecretStore.h" line="19"/>
        <source>session memory (this session only)</source>
        <translation>mémoire de session (cette session seulement)</translation>
    </message>
</context>
<context>
    <name>cxsync::NotificationInbox</name>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="17"/>
        <source>The journal could not %1 a notification: %2</source>
        <translation>Le journal n&apos;a pas pu %1 une notification&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="26"/>
        <source>A notification needs a mailbox.</source>
        <translation>Une notification a besoin d&apos;une boîte aux lettres.</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="29"/>
        <source>A lifecycle notification, and only one, names its event.</source>
        <translation>Une notification de cycle de vie, et une seule, nomme son événement.</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="48"/>
        <source>store</source>
        <translation>enregistrer</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="58"/>
        <location filename="../core/hooks/NotificationInbox.cpp" line="124"/>
        <source>count</source>
        <translation>compter</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="60"/>
        <source>The journal neither stored nor matched a notification for %1.</source>
        <translation>Le journal n&apos;a ni enregistré ni apparié de notification pour %1.</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="72"/>
        <source>read</source>
        <translation>lire</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="83"/>
        <location filename="../core/hooks/NotificationInbox.cpp" line="88"/>
        <source>The journal could not read notification %1: %2</source>
        <translation>Le journal n&apos;a pas pu lire la notification %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="108"/>
        <source>complete</source>
        <translation>terminer</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.h" line="25"/>
        <source>a notification kind</source>
        <translation>un type de notification</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.h" line="39"/>
        <source>a lifecycle event</source>
        <translation>un événement de cycle de vie</translation>
    </message>
</context>
<context>
    <name>cxsync::NotificationListener</name>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="67"/>
        <source>request refused with HTTP %1</source>
        <translation>requête refusée avec HTTP %1</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="67"/>
        <source>connection closed</source>
        <translation>connexion fermée</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="87"/>
        <source>The listener cannot listen on %1 port %2 (in use, or not an address of this machine).</source>
        <translation>L&apos;écouteur ne peut pas écouter sur %1 port %2 (déjà utilisé, ou pas une adresse de cette machine).</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="91"/>
        <source>Listening for change notifications on %1://%2:%3%4</source>
        <translation>Écoute des notifications de modification sur %1://%2:%3%4</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="116"/>
        <source>Notification rejected: %1</source>
        <translation>Notification rejetée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="130"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hooks/NotificationListener.cpp" line="135"/>
        <source>%n more notification(s) or request(s) rejected in the last %1 s: %2</source>
        <translation>
            <numerusform>%n autre notification ou requête rejetée au cours des %1 dernières s&#xa0;: %2</numerusform>
            <numerusform>%n autres notifications ou requêtes rejetées au cours des %1 dernières s&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="162"/>
        <source>the body is not a notification collection</source>
        <translation>le corps n&apos;est pas une collection de notifications</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="164"/>
        <source>no &apos;value&apos; list</source>
        <translation>pas de liste «&#xa0;value&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="172"/>
        <location filename="../core/hooks/NotificationListener.cpp" line="226"/>
        <source>wrong or missing clientState</source>
        <translation>clientState incorrect ou absent</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="172"/>
        <source>subscription &apos;%1&apos;</source>
        <translation>abonnement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="187"/>
        <source>unknown lifecycle event</source>
        <translation>événement de cycle de vie inconnu</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="196"/>
        <source>unknown changeType</source>
        <translation>changeType inconnu</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="202"/>
        <source>no mailbox for the subscription</source>
        <translation>aucune boîte aux lettres pour l&apos;abonnement</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="226"/>
        <source>an XML notification</source>
        <translation>une notification XML</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="230"/>
        <source>an XML notification, which this Exchange server does not send</source>
        <translation>une notification XML, que ce serveur Exchange n&apos;envoie pas</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="235"/>
        <source>an XML notification that could not be read</source>
        <translation>une notification XML illisible</translation>
    </message>
</context>
<context>
    <name>cxsync::NotifyCommand</name>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="23"/>
        <source>usage: cxsync notify test | notify digest</source>
        <translation>utilisation&#xa0;: cxsync notify test | notify digest</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="55"/>
        <source>server: %1</source>
        <translation>serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="56"/>
        <source>Test mail accepted by the server: %1</source>
        <translation>E-mail de test accepté par le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="62"/>
        <source>%1 is not set: nobody to send the test mail to</source>
        <translation>%1 n&apos;est pas défini&#xa0;: personne à qui envoyer l&apos;e-mail de test</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="70"/>
        <source>Sending a test mail to %1 through %2:%3…</source>
        <translation>Envoi d&apos;un e-mail de test à %1 via %2:%3…</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/NotifyCommand.cpp" line="90"/>
        <source>Digest of %n failure(s) sent: %1</source>
        <translation>
            <numerusform>Récapitulatif de %n échec envoyé&#xa0;: %1</numerusform>
            <numerusform>Récapitulatif de %n échecs envoyé&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="95"/>
        <source>Nothing new to report.</source>
        <translation>Rien de nouveau à signaler.</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="99"/>
        <source>The last error mail was sent less than the interval ago; the next may go at %1.</source>
        <translation>Le dernier e-mail d&apos;erreur a été envoyé il y a moins d&apos;un intervalle&#xa0;; le prochain pourra partir à %1.</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="113"/>
        <source>the error e-mail: a test mail, or the digest of new failures</source>
        <translation>l&apos;e-mail d&apos;erreur&#xa0;: un e-mail de test, ou le récapitulatif des nouveaux échecs</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="120"/>
        <source>send a test error mail now</source>
        <translation>envoie maintenant un e-mail d&apos;erreur de test</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="123"/>
        <source>send the error digest if one is due</source>
        <translation>envoie le récapitulatif des erreurs s&apos;il est dû</translation>
    </message>
</context>
<context>
    <name>cxsync::OwnerOnlyFile</name>
    <message>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="25"/>
        <source>cannot write &apos;%1&apos;: it is not a regular file (a FIFO, device, socket or folder); it was left as it is. Give the name of a file.</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas un fichier ordinaire (un FIFO, un périphérique, un socket ou un dossier)&#xa0;; il a été laissé tel quel. Indiquez le nom d&apos;un fichier.</translation>
    </message>
    <message>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="43"/>
        <source>cannot write &apos;%1&apos;: it is a symbolic link to &apos;%2&apos;, which does not exist.</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: c&apos;est un lien symbolique vers «&#xa0;%2&#xa0;», qui n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="48"/>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="63"/>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="79"/>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="88"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="67"/>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="83"/>
        <source>cannot restrict &apos;%1&apos; to its owner.</source>
        <translation>impossible de restreindre «&#xa0;%1&#xa0;» à son propriétaire.</translation>
    </message>
</context>
<context>
    <name>cxsync::PagedTableModel</name>
    <message>
        <location filename="../ui/PagedTableModel.cpp" line="12"/>
        <source>CRM → Exchange</source>
        <translation>CRM → Exchange</translation>
    </message>
    <message>
        <location filename="../ui/PagedTableModel.cpp" line="12"/>
        <source>Exchange → CRM</source>
        <translation>Exchange → CRM</translation>
    </message>
</context>
<context>
    <name>cxsync::PolicySettings</name>
    <message>
        <location filename="../core/config/PolicySettings.cpp" line="41"/>
        <source>the policy file &apos;%1&apos; is a folder.</source>
        <translation>le fichier de stratégie «&#xa0;%1&#xa0;» est un dossier.</translation>
    </message>
    <message>
        <location filename="../core/config/PolicySettings.cpp" line="46"/>
        <source>the policy file &apos;%1&apos; cannot be read by this user; policies must apply to every program that reads the settings (make it readable, e.g. mode 0644).</source>
        <translation>le fichier de stratégie «&#xa0;%1&#xa0;» ne peut pas être lu par cet utilisateur&#xa0;; les stratégies doivent s&apos;appliquer à tous les programmes qui lisent les paramètres (rendez-le lisible, p. ex. mode 0644).</translation>
    </message>
    <message>
        <location filename="../core/config/PolicySettings.cpp" line="53"/>
        <source>the policy file &apos;%1&apos; is not a valid INI file.</source>
        <translation>le fichier de stratégie «&#xa0;%1&#xa0;» n&apos;est pas un fichier INI valide.</translation>
    </message>
</context>
<context>
    <name>cxsync::Profile</name>
    <message>
        <location filename="../core/profile/Profile.cpp" line="29"/>
        <source>The profile was closed before its connections were ready.</source>
        <translation>Le profil a été fermé avant que ses connexions soient prêtes.</translation>
    </message>
    <message>
        <location filename="../core/profile/Profile.cpp" line="102"/>
        <source>The profile was closed before its journal was opened.</source>
        <translation>Le profil a été fermé avant l’ouverture de son journal.</translation>
    </message>
</context>
<context>
    <name>cxsync::QueueCommand</name>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="18"/>
        <source>usage: cxsync queue list [--json] [--state STATE[,STATE]] [--user USER] [--limit N] | queue show ID [--json] | queue retry ID | queue retry --all [--state STATE] [--user USER] | queue discard ID --yes | queue export FILE.xml|FILE.json|FILE.csv</source>
        <translation>utilisation&#xa0;: cxsync queue list [--json] [--state STATE[,STATE]] [--user USER] [--limit N] | queue show ID [--json] | queue retry ID | queue retry --all [--state STATE] [--user USER] | queue discard ID --yes | queue export FILE.xml|FILE.json|FILE.csv</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="28"/>
        <source>&apos;%1&apos; is not a failed message id (a number from `cxsync queue list`)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de message en échec (un nombre donné par `cxsync queue list`)</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="99"/>
        <source>No failed messages%1.</source>
        <translation>Aucun message en échec%1.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="100"/>
        <source> match</source>
        <translation> correspondant</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="104"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="104"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="104"/>
        <source>LAST FAILURE</source>
        <translation>DERNIER ÉCHEC</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="105"/>
        <source>DIRECTION</source>
        <translation>SENS</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="105"/>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="106"/>
        <source>OPERATION</source>
        <translation>OPÉRATION</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="106"/>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="107"/>
        <source>TRIES  SUBJECT  MESSAGE</source>
        <translation>ESSAIS  OBJET  MESSAGE</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="132"/>
        <source>%1 of %2 shown, newest failure first; `cxsync queue show ID` for details, --limit 0 for all.</source>
        <translation>%1 sur %2 affichés, échec le plus récent en premier&#xa0;; `cxsync queue show ID` pour les détails, --limit 0 pour tout.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="156"/>
        <source>Failed message</source>
        <translation>Message en échec</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="157"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="158"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="159"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="160"/>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="161"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="162"/>
        <source>CRM user</source>
        <translation>Utilisateur CRM</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="163"/>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="164"/>
        <source>CRM item</source>
        <translation>Élément CRM</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="165"/>
        <source>Exchange item</source>
        <translation>Élément Exchange</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="166"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="167"/>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="168"/>
        <source>Server code</source>
        <translation>Code serveur</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="169"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="170"/>
        <source>First failure</source>
        <translation>Premier échec</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="171"/>
        <source>Last failure</source>
        <translation>Dernier échec</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="173"/>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="174"/>
        <source>Change:</source>
        <translation>Modification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="175"/>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="182"/>
        <source>  next %1</source>
        <translation>  prochaine %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/QueueCommand.cpp" line="197"/>
        <source>%n failed message(s) will be retried by the next `cxsync sync` or the running service.</source>
        <translation>
            <numerusform>%n message en échec sera réessayé par le prochain `cxsync sync` ou par le service en cours d&apos;exécution.</numerusform>
            <numerusform>%n messages en échec seront réessayés par le prochain `cxsync sync` ou par le service en cours d&apos;exécution.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="208"/>
        <source>Failed message %1 will be retried by the next `cxsync sync` or the running service.</source>
        <translation>Le message en échec %1 sera réessayé par le prochain `cxsync sync` ou par le service en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="220"/>
        <source>discarding message %1 means its change is never applied; repeat with --yes to confirm</source>
        <translation>abandonner le message %1 signifie que sa modification ne sera jamais appliquée&#xa0;; répétez avec --yes pour confirmer</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="223"/>
        <source>discarded by the administrator (cxsync queue discard)</source>
        <translation>abandonné par l&apos;administrateur (cxsync queue discard)</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="226"/>
        <source>Failed message %1 discarded; `cxsync queue retry %1` brings it back.</source>
        <translation>Message en échec %1 abandonné&#xa0;; `cxsync queue retry %1` le fait revenir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/QueueCommand.cpp" line="236"/>
        <source>Exported %n failed message(s) to %1.</source>
        <translation>
            <numerusform>%n message en échec exporté vers %1.</numerusform>
            <numerusform>%n messages en échec exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="244"/>
        <source>the failed messages: list, show, retry, discard and export them</source>
        <translation>les messages en échec&#xa0;: les lister, afficher, réessayer, abandonner et exporter</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="252"/>
        <source>Only this user&apos;s messages (CRM logon or mailbox).</source>
        <translation>Seulement les messages de cet utilisateur (identifiant CRM ou boîte aux lettres).</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="258"/>
        <source>failed messages, newest first (states: waiting, retrying, parked,
resolved, discarded)</source>
        <translation>messages en échec, le plus récent en premier (états&#xa0;: waiting, retrying,
parked, resolved, discarded)</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="264"/>
        <source>At most N messages (default 50; 0: all).</source>
        <translation>Au plus N messages (par défaut 50&#xa0;; 0&#xa0;: tous).</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="268"/>
        <source>one failed message: the change, the error and every attempt</source>
        <translation>un message en échec&#xa0;: la modification, l&apos;erreur et chaque tentative</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="274"/>
        <source>retry at the next sync or service pass, even if parked</source>
        <translation>réessaie à la prochaine synchronisation ou au prochain passage du service,
même si mis de côté</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="277"/>
        <source>Every message that matches --state, --user and --since.</source>
        <translation>Tous les messages correspondant à --state, --user et --since.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="284"/>
        <source>give up a failed message (queue retry ID brings it back)</source>
        <translation>abandonne un message en échec (queue retry ID le fait revenir)</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="285"/>
        <source>Confirm: the message&apos;s change is never applied.</source>
        <translation>Confirmer&#xa0;: la modification du message n&apos;est jamais appliquée.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="290"/>
        <source>FILE.xml (like the legacy Event Data file), FILE.json or FILE.csv</source>
        <translation>FILE.xml (comme l&apos;ancien fichier Event Data), FILE.json ou FILE.csv</translation>
    </message>
</context>
<context>
    <name>cxsync::RepairCommand</name>
    <message>
        <location filename="../cli/RepairCommand.cpp" line="15"/>
        <source>check consistency, then repair what was found by the sync&apos;s own rules:
relink twins, drop dead links, re-push drift with the conflict policy, delete
our own duplicates (within the mass-delete safety share); never invites anyone</source>
        <translation>vérifie la cohérence, puis répare ce qui a été trouvé selon les règles de la
synchronisation&#xa0;: relie les jumeaux, supprime les liens morts, renvoie les
divergences selon la règle de conflit, supprime nos propres doublons (dans la
part de sécurité des suppressions massives)&#xa0;; n&apos;invite jamais personne</translation>
    </message>
    <message>
        <location filename="../cli/RepairCommand.cpp" line="20"/>
        <source>Repair (without it nothing is written).</source>
        <translation>Réparer (sans cette option, rien n&apos;est écrit).</translation>
    </message>
    <message>
        <location filename="../cli/RepairCommand.cpp" line="21"/>
        <source>Only this user (CRM logon or mailbox).</source>
        <translation>Seulement cet utilisateur (identifiant CRM ou boîte aux lettres).</translation>
    </message>
    <message>
        <location filename="../cli/RepairCommand.cpp" line="29"/>
        <source>usage: cxsync repair --dry-run | --yes [--user USER]</source>
        <translation>utilisation&#xa0;: cxsync repair --dry-run | --yes [--user USER]</translation>
    </message>
</context>
<context>
    <name>cxsync::RotatingLogFile</name>
    <message>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="17"/>
        <source>the log file needs a path.</source>
        <translation>le fichier journal a besoin d&apos;un chemin.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="20"/>
        <source>a log file of at most %1 bytes is too small (1024 or more).</source>
        <translation>un fichier journal d&apos;au plus %1 octets est trop petit (1024 ou plus).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="23"/>
        <source>at least one old log file must be kept (asked: %1).</source>
        <translation>au moins un ancien fichier journal doit être conservé (demandé&#xa0;: %1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="27"/>
        <source>cannot create the log folder &apos;%1&apos;.</source>
        <translation>impossible de créer le dossier de journaux «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="39"/>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="71"/>
        <source>cannot write the log file &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire le fichier journal «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::SandboxAdminClient</name>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="23"/>
        <source>&apos;%1&apos; is missing or not text</source>
        <translation>«&#xa0;%1&#xa0;» est absent ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="41"/>
        <source>&apos;subject&apos; is not text</source>
        <translation>«&#xa0;subject&#xa0;» n&apos;est pas du texte</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="45"/>
        <source>&apos;start&apos; has no dateTime and timeZone</source>
        <translation>«&#xa0;start&#xa0;» n&apos;a pas de dateTime ni de timeZone</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="57"/>
        <source>&apos;%1&apos; is not text</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas du texte</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="61"/>
        <source>&apos;Comm_UserId&apos; is neither a number nor text</source>
        <translation>«&#xa0;Comm_UserId&#xa0;» n&apos;est ni un nombre ni du texte</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="78"/>
        <source>&apos;events&apos; is not a list</source>
        <translation>«&#xa0;events&#xa0;» n&apos;est pas une liste</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="81"/>
        <source>an event is not a JSON object</source>
        <translation>un événement n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="83"/>
        <source>an event of %1: %2</source>
        <translation>un événement de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="140"/>
        <source>the sandbox&apos;s answer to POST %1: %2</source>
        <translation>la réponse du bac à sable à POST %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="154"/>
        <source>the sandbox&apos;s answer to GET %1 has no &apos;value&apos; list</source>
        <translation>la réponse du bac à sable à GET %1 n&apos;a pas de liste «&#xa0;value&#xa0;»</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="160"/>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="164"/>
        <source>the sandbox&apos;s answer to GET %1, item %2: %3</source>
        <translation>la réponse du bac à sable à GET %1, élément %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="192"/>
        <source>the sandbox&apos;s admin endpoint did not answer %1: %2</source>
        <translation>le point de terminaison d&apos;administration du bac à sable n&apos;a pas répondu à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="195"/>
        <source>the sandbox&apos;s answer to %1 is too large</source>
        <translation>la réponse du bac à sable à %1 est trop volumineuse</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="205"/>
        <source>the sandbox answered %1 with HTTP %2%3</source>
        <translation>le bac à sable a répondu à %1 avec HTTP %2%3</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="214"/>
        <source>the sandbox&apos;s answer to %1 is not a JSON object: %2</source>
        <translation>la réponse du bac à sable à %1 n&apos;est pas un objet JSON&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::SandboxProcess</name>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="42"/>
        <source>%1 did not report ready within %2 s</source>
        <translation>%1 n&apos;a pas signalé être prêt en %2 s</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="55"/>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="87"/>
        <source>the demo needs the %1 executable (the sandbox servers, which this program does not contain), found neither in %2 nor on PATH; the cxsync-demo package installs it beside cxsync, and in a source tree it is built with: cmake --build build --target %1</source>
        <translation>la démo a besoin de l&apos;exécutable %1 (les serveurs bac à sable, que ce programme ne contient pas), introuvable dans %2 et dans le PATH&#xa0;; le paquet cxsync-demo l&apos;installe à côté de cxsync, et dans une arborescence de sources il se construit avec&#xa0;: cmake --build build --target %1</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="90"/>
        <source> nor in </source>
        <translation> ni dans </translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="150"/>
        <source>%1 printed no ready line (%2 bytes without a line end)</source>
        <translation>%1 n&apos;a imprimé aucune ligne «&#xa0;prêt&#xa0;» (%2 octets sans fin de ligne)</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="174"/>
        <source>%1&apos;s ready line is not a JSON object: %2</source>
        <translation>la ligne «&#xa0;prêt&#xa0;» de %1 n&apos;est pas un objet JSON&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="181"/>
        <source>%1&apos;s ready line has no loopback HTTP URL for &apos;%2&apos;</source>
        <translation>la ligne «&#xa0;prêt&#xa0;» de %1 n&apos;a pas d&apos;URL HTTP de boucle locale pour «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="185"/>
        <source>%1&apos;s ready line names no test mailbox</source>
        <translation>la ligne «&#xa0;prêt&#xa0;» de %1 ne nomme aucune boîte aux lettres de test</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="189"/>
        <source>%1 reported ready but wrote no profile at %2</source>
        <translation>%1 s&apos;est déclaré prêt mais n&apos;a écrit aucun profil dans %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="194"/>
        <source>%1 reported ready but wrote no private (mode 0600) secrets file at %2</source>
        <translation>%1 s&apos;est déclaré prêt mais n&apos;a écrit aucun fichier de secrets privé (mode 0600) dans %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="203"/>
        <source>(it wrote nothing on standard error)</source>
        <translation>(il n&apos;a rien écrit sur la sortie d&apos;erreur)</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="221"/>
        <source>crashed</source>
        <translation>s&apos;est planté</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="221"/>
        <source>exited with code %1</source>
        <translation>s&apos;est terminé avec le code %1</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="223"/>
        <source>%1 %2 before it was ready: %3</source>
        <translation>%1 %2 avant d&apos;être prêt&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="226"/>
        <source>%1 (pid %2) %3: %4</source>
        <translation>%1 (pid %2) %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>cxsync::ScopeCheck</name>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="10"/>
        <source>Restrict the application to the synchronized mailboxes (Exchange Online PowerShell), either with an application access policy:
  New-ApplicationAccessPolicy -AppId %1 -PolicyScopeGroupId &lt;mail-enabled security group of the synchronized mailboxes&gt; -AccessRight RestrictAccess -Description &quot;CRM Exchange Sync&quot;
  Test-ApplicationAccessPolicy -Identity %2 -AppId %1   (must say AccessCheckResult Denied)
or with RBAC for Applications:
  New-ServicePrincipal -AppId %1 -ObjectId &lt;enterprise application object id&gt; -DisplayName &quot;CRM Exchange Sync&quot;
  New-ManagementScope -Name &quot;CRM Exchange Sync mailboxes&quot; -RecipientRestrictionFilter &quot;MemberOfGroup -eq &apos;&lt;distinguished name of the group&gt;&apos;&quot;
  New-ManagementRoleAssignment -App %1 -Role &quot;Application Calendars.ReadWrite&quot; -CustomResourceScope &quot;CRM Exchange Sync mailboxes&quot;
  Test-ServicePrincipalAuthorization -Identity %1 -Resource %2
  and remove the tenant-wide Calendars.ReadWrite admin consent from the app registration in Microsoft Entra. Changes can take up to an hour to apply.</source>
        <translation>Limitez l&apos;application aux boîtes aux lettres synchronisées (Exchange Online PowerShell), soit avec une stratégie d&apos;accès aux applications&#xa0;:
  New-ApplicationAccessPolicy -AppId %1 -PolicyScopeGroupId &lt;mail-enabled security group of the synchronized mailboxes&gt; -AccessRight RestrictAccess -Description &quot;CRM Exchange Sync&quot;
  Test-ApplicationAccessPolicy -Identity %2 -AppId %1   (doit indiquer AccessCheckResult Denied)
soit avec RBAC pour les applications&#xa0;:
  New-ServicePrincipal -AppId %1 -ObjectId &lt;enterprise application object id&gt; -DisplayName &quot;CRM Exchange Sync&quot;
  New-ManagementScope -Name &quot;CRM Exchange Sync mailboxes&quot; -RecipientRestrictionFilter &quot;MemberOfGroup -eq &apos;&lt;distinguished name of the group&gt;&apos;&quot;
  New-ManagementRoleAssignment -App %1 -Role &quot;Application Calendars.ReadWrite&quot; -CustomResourceScope &quot;CRM Exchange Sync mailboxes&quot;
  Test-ServicePrincipalAuthorization -Identity %1 -Resource %2
  et retirez de l&apos;inscription d&apos;application, dans Microsoft Entra, le consentement administrateur Calendars.ReadWrite à l&apos;échelle du locataire. Les modifications peuvent prendre jusqu&apos;à une heure.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="30"/>
        <source>Limit impersonation to the synchronized mailboxes (Exchange Management Shell):
  New-ManagementScope -Name &quot;CRM Exchange Sync mailboxes&quot; -RecipientRestrictionFilter &quot;MemberOfGroup -eq &apos;&lt;distinguished name of the group of synchronized mailboxes&gt;&apos;&quot;
  Get-ManagementRoleAssignment -Role ApplicationImpersonation -RoleAssignee %1 | Remove-ManagementRoleAssignment
  New-ManagementRoleAssignment -Name &quot;CRM Exchange Sync impersonation&quot; -Role ApplicationImpersonation -User %1 -CustomRecipientWriteScope &quot;CRM Exchange Sync mailboxes&quot;
Then %2 must answer ErrorImpersonateUserDenied.</source>
        <translation>Limitez l&apos;emprunt d&apos;identité aux boîtes aux lettres synchronisées (Exchange Management Shell)&#xa0;:
  New-ManagementScope -Name &quot;CRM Exchange Sync mailboxes&quot; -RecipientRestrictionFilter &quot;MemberOfGroup -eq &apos;&lt;distinguished name of the group of synchronized mailboxes&gt;&apos;&quot;
  Get-ManagementRoleAssignment -Role ApplicationImpersonation -RoleAssignee %1 | Remove-ManagementRoleAssignment
  New-ManagementRoleAssignment -Name &quot;CRM Exchange Sync impersonation&quot; -Role ApplicationImpersonation -User %1 -CustomRecipientWriteScope &quot;CRM Exchange Sync mailboxes&quot;
Ensuite, %2 doit répondre ErrorImpersonateUserDenied.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="47"/>
        <source>the application can read %1, which is outside its scope: no application access policy or RBAC for Applications scope restricts it.</source>
        <translation>l&apos;application peut lire %1, qui est hors de son périmètre&#xa0;: aucune stratégie d&apos;accès aux applications ni aucune étendue RBAC pour les applications ne la restreint.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="50"/>
        <source>the service account can act as %1, which is outside its scope: its impersonation right is not limited by a management scope.</source>
        <translation>le compte de service peut agir en tant que %1, qui est hors de son périmètre&#xa0;: son droit d&apos;emprunt d&apos;identité n&apos;est pas limité par une étendue de gestion.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="54"/>
        <source>The application may read every mailbox in the organisation.</source>
        <translation>L&apos;application peut lire toutes les boîtes aux lettres de l&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="55"/>
        <source>The service account may impersonate every mailbox.</source>
        <translation>Le compte de service peut emprunter l&apos;identité de toutes les boîtes aux lettres.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="67"/>
        <source>access to %1 is denied (403 ErrorAccessDenied), as it should be: the application is limited to its mailboxes.</source>
        <translation>l&apos;accès à %1 est refusé (403 ErrorAccessDenied), comme il se doit&#xa0;: l&apos;application est limitée à ses boîtes aux lettres.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="70"/>
        <source>acting as %1 is refused (%2), as it should be: impersonation is limited to a management scope.</source>
        <translation>agir en tant que %1 est refusé (%2), comme il se doit&#xa0;: l&apos;emprunt d&apos;identité est limité à une étendue de gestion.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="80"/>
        <source>the scope could not be checked: %1 is not a mailbox the server knows (%2).</source>
        <translation>le périmètre n&apos;a pas pu être vérifié&#xa0;: %1 n&apos;est pas une boîte aux lettres connue du serveur (%2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="83"/>
        <source>The out-of-scope mailbox %1 does not exist or has no mailbox.</source>
        <translation>La boîte aux lettres hors périmètre %1 n&apos;existe pas ou n&apos;a pas de boîte aux lettres.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="84"/>
        <source>Name an existing mailbox the application must not reach in Out-of-Scope Mailbox (Least-Privilege Check).</source>
        <translation>Indiquez dans Boîte aux lettres hors périmètre (contrôle du moindre privilège) une boîte aux lettres existante que l&apos;application ne doit pas atteindre.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="87"/>
        <source>the scope could not be checked: reading %1 failed in an unexpected way: %2</source>
        <translation>le périmètre n&apos;a pas pu être vérifié&#xa0;: la lecture de %1 a échoué de manière inattendue&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="90"/>
        <source>The answer for %1 was neither a refusal nor the calendar.</source>
        <translation>La réponse pour %1 n&apos;était ni un refus ni le calendrier.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="91"/>
        <source>Run Test Connection again; if it repeats, look at the server&apos;s answer above (Diagnostic Mode shows the full exchange).</source>
        <translation>Relancez Tester la connexion&#xa0;; si cela se répète, examinez la réponse du serveur ci-dessus (le Mode diagnostic montre l&apos;échange complet).</translation>
    </message>
</context>
<context>
    <name>cxsync::Secret</name>
    <message>
        <location filename="../core/config/Secret.cpp" line="54"/>
        <source>CRM user password</source>
        <translation>mot de passe de l&apos;utilisateur CRM</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="56"/>
        <source>NT account password</source>
        <translation>mot de passe du compte NT</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="58"/>
        <source>Graph client secret</source>
        <translation>secret client Graph</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="60"/>
        <source>certificate password</source>
        <translation>mot de passe du certificat</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="62"/>
        <source>SMTP password</source>
        <translation>mot de passe SMTP</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="64"/>
        <source>listener client state</source>
        <translation>état client de l&apos;écouteur</translation>
    </message>
</context>
<context>
    <name>cxsync::SecretCommand</name>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="23"/>
        <source>store the profile&apos;s secrets in the keychain and tell where each comes from</source>
        <translation>enregistre les secrets du profil dans le trousseau et indique d&apos;où vient chacun</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="40"/>
        <source>store a secret in the keychain; the value is read from stdin
(@SERVER: an additional Exchange server&apos;s client secret)</source>
        <translation>enregistre un secret dans le trousseau&#xa0;; la valeur est lue sur stdin
(@SERVER&#xa0;: le secret client d&apos;un serveur Exchange supplémentaire)</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="44"/>
        <source>where each secret would come from (never its value)</source>
        <translation>d&apos;où viendrait chaque secret (jamais sa valeur)</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="52"/>
        <source>usage: cxsync secret set NAME | cxsync secret status</source>
        <translation>utilisation&#xa0;: cxsync secret set NAME | cxsync secret status</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="62"/>
        <source>usage: cxsync secret set NAME (the value is read from standard input)</source>
        <translation>utilisation&#xa0;: cxsync secret set NAME (la valeur est lue sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="71"/>
        <source>unknown secret &apos;%1&apos;; see cxsync help secret for the names</source>
        <translation>secret inconnu «&#xa0;%1&#xa0;»&#xa0;; voir cxsync help secret pour les noms</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="75"/>
        <source>there is no additional Exchange server &apos;%1&apos; in %2 (set its exchangeServers/%1/... settings first)</source>
        <translation>il n&apos;y a pas de serveur Exchange supplémentaire «&#xa0;%1&#xa0;» dans %2 (définissez d&apos;abord ses paramètres exchangeServers/%1/...)</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="82"/>
        <source>secret set reads the value from standard input; do not combine it with --password-stdin</source>
        <translation>secret set lit la valeur sur l&apos;entrée standard&#xa0;; ne le combinez pas avec --password-stdin</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="93"/>
        <source>no value on standard input for %1</source>
        <translation>aucune valeur sur l&apos;entrée standard pour %1</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="97"/>
        <source>the value for %1 has more than one line</source>
        <translation>la valeur de %1 a plus d&apos;une ligne</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="101"/>
        <source>the value for %1 is longer than %2 bytes</source>
        <translation>la valeur de %1 dépasse %2 octets</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="109"/>
        <source>the value for %1 is not valid UTF-8</source>
        <translation>la valeur de %1 n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="122"/>
        <source>%1 was not stored: %2. Headless runs can use %3 or a --secrets-file instead.</source>
        <translation>%1 n&apos;a pas été enregistré&#xa0;: %2. Les exécutions sans interface peuvent utiliser %3 ou un --secrets-file à la place.</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="126"/>
        <source>%1 stored in the %2</source>
        <translation>%1 enregistré dans le %2</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="135"/>
        <source>usage: cxsync secret status</source>
        <translation>utilisation&#xa0;: cxsync secret status</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="184"/>
        <source>in the %1</source>
        <translation>dans le %1</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="186"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="188"/>
        <source>unknown: %1</source>
        <translation>inconnu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::SecretsFile</name>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="32"/>
        <source>secrets file &apos;%1&apos; is larger than %2; a secrets file holds a few short name=value lines.</source>
        <translation>le fichier de secrets «&#xa0;%1&#xa0;» dépasse %2&#xa0;; un fichier de secrets contient quelques courtes lignes nom=valeur.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="73"/>
        <location filename="../core/config/SecretsFile.cpp" line="126"/>
        <source>secrets file &apos;%1&apos; does not exist.</source>
        <translation>le fichier de secrets «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="76"/>
        <location filename="../core/config/SecretsFile.cpp" line="112"/>
        <location filename="../core/config/SecretsFile.cpp" line="139"/>
        <source>cannot read secrets file &apos;%1&apos;: %2</source>
        <translation>impossible de lire le fichier de secrets «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="82"/>
        <source>cannot read secrets file &apos;%1&apos;.</source>
        <translation>impossible de lire le fichier de secrets «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="86"/>
        <location filename="../core/config/SecretsFile.cpp" line="130"/>
        <source>secrets file &apos;%1&apos; is not a regular file (a FIFO, device, socket or folder); give a file of name=value lines, mode 0600.</source>
        <translation>le fichier de secrets «&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire (un FIFO, un périphérique, un socket ou un dossier)&#xa0;; indiquez un fichier de lignes nom=valeur, en mode 0600.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="93"/>
        <source>secrets file &apos;%1&apos; is owned by user %2; it must be owned by the user running cxsync (%3) or by root: run chown.</source>
        <translation>le fichier de secrets «&#xa0;%1&#xa0;» appartient à l&apos;utilisateur %2&#xa0;; il doit appartenir à l&apos;utilisateur qui exécute cxsync (%3) ou à root&#xa0;: exécutez chown.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="101"/>
        <source>secrets file &apos;%1&apos; may be read by other users; run: chmod 600 &apos;%1&apos;</source>
        <translation>le fichier de secrets «&#xa0;%1&#xa0;» peut être lu par d&apos;autres utilisateurs&#xa0;; exécutez&#xa0;: chmod 600 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="152"/>
        <source>%1 is larger than %2; secrets are a few short name=value lines.</source>
        <translation>%1 dépasse %2&#xa0;; les secrets tiennent en quelques courtes lignes nom=valeur.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="166"/>
        <source>%1 line %2: expected name=value.</source>
        <translation>%1 ligne %2&#xa0;: nom=valeur attendu.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="174"/>
        <source>%1 line %2: secrets of additional Exchange servers (&apos;%3@%4&apos;) are not accepted here.</source>
        <translation>%1 ligne %2&#xa0;: les secrets de serveurs Exchange supplémentaires («&#xa0;%3@%4&#xa0;») ne sont pas acceptés ici.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="181"/>
        <source>%1 line %2: %3</source>
        <translation>%1 ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="187"/>
        <source>%1 line %2: unknown secret &apos;%3&apos;.</source>
        <translation>%1 ligne %2&#xa0;: secret inconnu «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="192"/>
        <source>%1 line %2: %3 is already given on line %4; give each secret once.</source>
        <translation>%1 ligne %2&#xa0;: %3 est déjà donné à la ligne %4&#xa0;; donnez chaque secret une seule fois.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="202"/>
        <source>%1 line %2: there is no additional Exchange server &apos;%3&apos; in this profile; remove the line or add the server (exchangeServers/%3/...).</source>
        <translation>%1 ligne %2&#xa0;: il n&apos;y a pas de serveur Exchange supplémentaire «&#xa0;%3&#xa0;» dans ce profil&#xa0;; supprimez la ligne ou ajoutez le serveur (exchangeServers/%3/...).</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="212"/>
        <source>%1 line %2: the value of %3 is longer than %4 bytes.</source>
        <translation>%1 ligne %2&#xa0;: la valeur de %3 dépasse %4 octets.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="223"/>
        <source>%1 line %2: the value of %3 is not valid UTF-8.</source>
        <translation>%1 ligne %2&#xa0;: la valeur de %3 n&apos;est pas de l&apos;UTF-8 valide.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="249"/>
        <source>cannot write secrets file &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire le fichier de secrets «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="267"/>
        <source>the value is longer than %1 bytes.</source>
        <translation>la valeur dépasse %1 octets.</translation>
    </message>
</context>
<context>
    <name>cxsync::ServeCommand</name>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="74"/>
        <source>Stopping: finishing the write under way...</source>
        <translation>Arrêt&#xa0;: fin de l&apos;écriture en cours...</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="80"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="137"/>
        <source>Sync of %1: %2</source>
        <translation>Synchronisation de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="149"/>
        <source>Service running; stop with Ctrl+C or SIGTERM.</source>
        <translation>Service en cours d&apos;exécution&#xa0;; arrêtez-le avec Ctrl+C ou SIGTERM.</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="164"/>
        <source>error e-mail is off: %1</source>
        <translation>l&apos;e-mail d&apos;erreur est désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="167"/>
        <source>Error e-mail not sent (tried again at the next interval): %1</source>
        <translation>E-mail d&apos;erreur non envoyé (nouvel essai à l&apos;intervalle suivant)&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ServeCommand.cpp" line="170"/>
        <source>Error e-mail sent: %n new failure(s).</source>
        <translation>
            <numerusform>E-mail d&apos;erreur envoyé&#xa0;: %n nouvel échec.</numerusform>
            <numerusform>E-mail d&apos;erreur envoyé&#xa0;: %n nouveaux échecs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="182"/>
        <source>the service: notification listener, subscriptions (renewed), a sync of
a mailbox on each notification and of everything every poll interval;
stops cleanly on SIGTERM / Ctrl+C</source>
        <translation>le service&#xa0;: écouteur de notifications, abonnements (renouvelés), une
synchronisation d&apos;une boîte aux lettres à chaque notification et de tout à
chaque intervalle d&apos;interrogation&#xa0;; s&apos;arrête proprement sur SIGTERM / Ctrl+C</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="192"/>
        <source>usage: cxsync serve</source>
        <translation>utilisation&#xa0;: cxsync serve</translation>
    </message>
</context>
<context>
    <name>cxsync::ServiceCommand</name>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="136"/>
        <source>The service stopped with exit code %1 (2: invalid settings, see `cxsync config validate`; 1: the operation failed, see %2).</source>
        <translation>Le service s&apos;est arrêté avec le code de sortie %1 (2&#xa0;: paramètres invalides, voir `cxsync config validate`&#xa0;; 1&#xa0;: l&apos;opération a échoué, voir %2).</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="139"/>
        <source>the log file</source>
        <translation>le fichier journal</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="152"/>
        <source>&apos;cxsync service run&apos; is started by the Service Control Manager (services.msc, &apos;sc start cxsync&apos;); in a console use &apos;cxsync serve&apos;.</source>
        <translation>«&#xa0;cxsync service run&#xa0;» est démarré par le Gestionnaire de contrôle des services (services.msc, «&#xa0;sc start cxsync&#xa0;»)&#xa0;; dans une console, utilisez «&#xa0;cxsync serve&#xa0;».</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="157"/>
        <source>cannot connect to the Service Control Manager: %1</source>
        <translation>impossible de se connecter au Gestionnaire de contrôle des services&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="217"/>
        <source>installing or removing the service needs an elevated prompt (Run as administrator).</source>
        <translation>l&apos;installation ou la suppression du service exige une invite élevée (Exécuter en tant qu&apos;administrateur).</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="220"/>
        <source>the service cxsync is already installed; &apos;cxsync service uninstall&apos; removes it.</source>
        <translation>le service cxsync est déjà installé&#xa0;; «&#xa0;cxsync service uninstall&#xa0;» le supprime.</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="223"/>
        <source>the service cxsync is not installed.</source>
        <translation>le service cxsync n&apos;est pas installé.</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="236"/>
        <source>Windows only: cxsync serve as the Windows service cxsync. Subcommands:
run (for the Service Control Manager), install [--config FILE]
[--secrets-file FILE], configure (delayed start and recovery, as install
sets them), uninstall. On Linux the systemd unit cxsync.service does this.</source>
        <translation>Windows uniquement&#xa0;: cxsync serve en tant que service Windows cxsync.
Sous-commandes&#xa0;: run (pour le Gestionnaire de contrôle des services), install
[--config FILE] [--secrets-file FILE], configure (démarrage différé et
récupération, comme les définit install), uninstall. Sous Linux, l&apos;unité
systemd cxsync.service s&apos;en charge.</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="250"/>
        <source>&apos;cxsync service&apos; is for Windows only; on Linux the systemd unit cxsync.service runs cxsync serve (systemctl enable --now cxsync).</source>
        <translation>«&#xa0;cxsync service&#xa0;» est réservé à Windows&#xa0;; sous Linux, l&apos;unité systemd cxsync.service exécute cxsync serve (systemctl enable --now cxsync).</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="253"/>
        <source>usage: cxsync service run|install|configure|uninstall</source>
        <translation>utilisation&#xa0;: cxsync service run|install|configure|uninstall</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="276"/>
        <source>Synchronizes CRM appointments with Exchange calendars: notifications, retries and the error e-mail (cxsync serve).</source>
        <translation>Synchronise les rendez-vous du CRM avec les calendriers Exchange&#xa0;: notifications, nouvelles tentatives et e-mail d&apos;erreur (cxsync serve).</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="291"/>
        <source>Installed the service cxsync (account NT SERVICE\cxsync, delayed automatic start): %1</source>
        <translation>Service cxsync installé (compte NT SERVICE\cxsync, démarrage automatique différé)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="295"/>
        <source>Start it with &apos;sc start cxsync&apos; or in services.msc.</source>
        <translation>Démarrez-le avec «&#xa0;sc start cxsync&#xa0;» ou dans services.msc.</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="304"/>
        <source>The service cxsync starts delayed and restarts after failures.</source>
        <translation>Le service cxsync démarre en différé et redémarre après un échec.</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="313"/>
        <source>Removed the service cxsync; its settings and data are kept.</source>
        <translation>Service cxsync supprimé&#xa0;; ses paramètres et ses données sont conservés.</translation>
    </message>
</context>
<context>
    <name>cxsync::ServiceControl</name>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="71"/>
        <location filename="../core/service/ServiceControl.cpp" line="292"/>
        <source>The service was started.</source>
        <translation>Le service a été démarré.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="74"/>
        <location filename="../core/service/ServiceControl.cpp" line="291"/>
        <source>The service was stopped.</source>
        <translation>Le service a été arrêté.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="77"/>
        <location filename="../core/service/ServiceControl.cpp" line="293"/>
        <source>The service was restarted.</source>
        <translation>Le service a été redémarré.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="87"/>
        <source>systemd does not run on this machine (a container or a system without systemd), so the service cannot be controlled from here. Run &apos;cxsync serve&apos; under the supervisor this machine uses.</source>
        <translation>systemd ne fonctionne pas sur cette machine (un conteneur ou un système sans systemd), le service ne peut donc pas être contrôlé d&apos;ici. Exécutez «&#xa0;cxsync serve&#xa0;» sous le superviseur qu&apos;utilise cette machine.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="92"/>
        <source>The service %1 is not installed on this machine: install the cxsync package (it brings the unit), then try again.</source>
        <translation>Le service %1 n&apos;est pas installé sur cette machine&#xa0;: installez le paquet cxsync (il apporte l&apos;unité), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="98"/>
        <source>You may not control system services as this user. Run &apos;%1&apos; in a terminal, or start the panel as an administrator.</source>
        <translation>Cet utilisateur ne peut pas contrôler les services système. Exécutez «&#xa0;%1&#xa0;» dans un terminal, ou démarrez le panneau en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="105"/>
        <source>The service did not start (systemctl exit code %1). Its last log lines below say why.</source>
        <translation>Le service n&apos;a pas démarré (code de sortie de systemctl %1). Ses dernières lignes de journal ci-dessous en donnent la raison.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="110"/>
        <source>The service did not stop (systemctl exit code %1).</source>
        <translation>Le service ne s&apos;est pas arrêté (code de sortie de systemctl %1).</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="113"/>
        <source>The service did not restart (systemctl exit code %1). Its last log lines below say why.</source>
        <translation>Le service n&apos;a pas redémarré (code de sortie de systemctl %1). Ses dernières lignes de journal ci-dessous en donnent la raison.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="174"/>
        <location filename="../core/service/ServiceControl.cpp" line="320"/>
        <source>Another service operation is still under way.</source>
        <translation>Une autre opération sur le service est encore en cours.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="185"/>
        <source>&apos;%1&apos; cannot be run here, so the service cannot be controlled from the panel.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être exécuté ici, le service ne peut donc pas être contrôlé depuis le panneau.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="192"/>
        <source>Stopped waiting. systemd may still complete the %1 it was asked for; Refresh shows the state.</source>
        <translation>Attente interrompue. systemd peut encore achever l&apos;opération %1 demandée&#xa0;; Actualiser affiche l&apos;état.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="213"/>
        <source>&apos;systemctl&apos; cannot be run here, so the service&apos;s state is not known.</source>
        <translation>«&#xa0;systemctl&#xa0;» ne peut pas être exécuté ici, l&apos;état du service est donc inconnu.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="226"/>
        <source>systemctl gave no LoadState for %1.</source>
        <translation>systemctl n&apos;a donné aucun LoadState pour %1.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="250"/>
        <source>&apos;%1&apos; cannot be run here, so the service&apos;s log cannot be shown.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être exécuté ici, le journal du service ne peut donc pas être affiché.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="255"/>
        <source>The system journal cannot be read: %1</source>
        <translation>Le journal système ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="265"/>
        <source>This machine has no system journal (systemd&apos;s journal does not run here), so there are no service log lines to show.</source>
        <translation>Cette machine n&apos;a pas de journal système (le journal de systemd n&apos;y fonctionne pas), il n&apos;y a donc aucune ligne de journal du service à afficher.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="271"/>
        <source>This user may not read the service&apos;s log lines: members of the groups &apos;adm&apos; or &apos;systemd-journal&apos; may (&apos;journalctl -u %1&apos; as root shows them).</source>
        <translation>Cet utilisateur ne peut pas lire les lignes de journal du service&#xa0;: les membres des groupes «&#xa0;adm&#xa0;» ou «&#xa0;systemd-journal&#xa0;» le peuvent («&#xa0;journalctl -u %1&#xa0;» en tant que root les affiche).</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="297"/>
        <source>You may not control Windows services as this user. Start the panel as an administrator (Run as administrator), or use &apos;sc %1 cxsync&apos; in an elevated prompt.</source>
        <translation>Cet utilisateur ne peut pas contrôler les services Windows. Démarrez le panneau en tant qu&apos;administrateur (Exécuter en tant qu&apos;administrateur), ou utilisez «&#xa0;sc %1 cxsync&#xa0;» dans une invite élevée.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="304"/>
        <source>The service cxsync is not installed on this machine: run the installer (or &apos;cxsync service install&apos;), then try again.</source>
        <translation>Le service cxsync n&apos;est pas installé sur cette machine&#xa0;: exécutez le programme d&apos;installation (ou «&#xa0;cxsync service install&#xa0;»), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="309"/>
        <source>The Service Control Manager answered: %1</source>
        <translation>Le Gestionnaire de contrôle des services a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="350"/>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="357"/>
        <source>running</source>
        <translation>en cours d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="357"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="357"/>
        <source>changing state</source>
        <translation>changement d&apos;état en cours</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="366"/>
        <source>The service&apos;s log %1 cannot be read: %2</source>
        <translation>Le journal du service %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.h" line="36"/>
        <source>a service control outcome</source>
        <translation>un résultat de contrôle du service</translation>
    </message>
</context>
<context>
    <name>cxsync::ServicePage</name>
    <message>
        <location filename="../ui/ServicePage.cpp" line="52"/>
        <source>Service (cxsync serve)</source>
        <translation>Service (cxsync serve)</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="65"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="66"/>
        <source>Listening</source>
        <translation>Écoute</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="67"/>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="70"/>
        <source>Service Manager</source>
        <translation>Gestionnaire de services</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="78"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="80"/>
        <source>S&amp;top...</source>
        <translation>&amp;Arrêter...</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="82"/>
        <source>R&amp;estart</source>
        <translation>&amp;Redémarrer</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="84"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="104"/>
        <source>The service&apos;s last log lines appear here.</source>
        <translation>Les dernières lignes de journal du service apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="105"/>
        <source>Last log lines</source>
        <translation>Dernières lignes de journal</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="109"/>
        <source>Change Subscriptions (Install Scripts)</source>
        <translation>Abonnements aux modifications (Installer les scripts)</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="113"/>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="113"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="113"/>
        <source>Renewal due</source>
        <translation>Renouvellement prévu</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="113"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="113"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="128"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="141"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="167"/>
        <source>Stop the service? Until it runs again, changes are not synchronised, push notifications are not received and failed messages are not retried.</source>
        <translation>Arrêter le service&#xa0;? Tant qu&apos;il ne fonctionne pas, les modifications ne sont pas synchronisées, les notifications push ne sont pas reçues et les messages en échec ne sont pas réessayés.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="194"/>
        <source>Starting the service...</source>
        <translation>Démarrage du service...</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="195"/>
        <source>Stopping the service...</source>
        <translation>Arrêt du service...</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="196"/>
        <source>Restarting the service...</source>
        <translation>Redémarrage du service...</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="203"/>
        <source>The service manager said: %1</source>
        <translation>Le gestionnaire de services a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="221"/>
        <source>The service %1 is not installed on this machine.</source>
        <translation>Le service %1 n&apos;est pas installé sur cette machine.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="224"/>
        <source>Installed, starts with the machine; now %1.</source>
        <translation>Installé, démarre avec la machine&#xa0;; actuellement %1.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="225"/>
        <source>Installed, does not start with the machine; now %1.</source>
        <translation>Installé, ne démarre pas avec la machine&#xa0;; actuellement %1.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="237"/>
        <source>The service has not logged anything yet.</source>
        <translation>Le service n&apos;a encore rien journalisé.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="258"/>
        <source>Not running: the service has never run on this journal. Start it with &apos;cxsync serve&apos; (or its system service).</source>
        <translation>Arrêté&#xa0;: le service n&apos;a jamais fonctionné sur ce journal. Démarrez-le avec «&#xa0;cxsync serve&#xa0;» (ou son service système).</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="264"/>
        <source>Running on %1 (process %2) since %3; last heartbeat %4 ago.</source>
        <translation>En cours d&apos;exécution sur %1 (processus %2) depuis %3&#xa0;; dernier signal de vie il y a %4.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="271"/>
        <source>Not running: stopped on %1 at %2.</source>
        <translation>Arrêté&#xa0;: arrêté sur %1 à %2.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="277"/>
        <source>Not running: the last heartbeat from %1 (process %2) was %3 ago, more than twice the poll interval (%4). It did not stop cleanly: it crashed, was killed or hangs.</source>
        <translation>Arrêté&#xa0;: le dernier signal de vie de %1 (processus %2) date de %3, plus de deux fois l&apos;intervalle d&apos;interrogation (%4). Il ne s&apos;est pas arrêté proprement&#xa0;: il s&apos;est planté, a été tué ou est bloqué.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="288"/>
        <location filename="../ui/ServicePage.cpp" line="289"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="294"/>
        <source>Not listening: push is not configured, changes are found by polling every %1.</source>
        <translation>N&apos;écoute pas&#xa0;: le push n&apos;est pas configuré, les modifications sont détectées par interrogation toutes les %1.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="297"/>
        <source>%1 (public URL: %2)</source>
        <translation>%1 (URL publique&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="299"/>
        <source>None yet.</source>
        <translation>Aucune pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="301"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="310"/>
        <source>No change subscriptions: Install Scripts (Actions) creates them.</source>
        <translation>Aucun abonnement aux modifications&#xa0;: Installer les scripts (Actions) les crée.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="317"/>
        <source>The journal cannot be read: %1</source>
        <translation>Le journal ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="361"/>
        <source>No change subscriptions: Install Scripts (Actions) creates them; until then changes are found by polling.</source>
        <translation>Aucun abonnement aux modifications&#xa0;: Installer les scripts (Actions) les crée&#xa0;; d&apos;ici là, les modifications sont détectées par interrogation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ServicePage.cpp" line="364"/>
        <source>%n subscription(s): %1 healthy, %2 expiring, %3 failed.</source>
        <translation>
            <numerusform>%n abonnement&#xa0;: %1 sain, %2 bientôt expiré, %3 en échec.</numerusform>
            <numerusform>%n abonnements&#xa0;: %1 sains, %2 bientôt expirés, %3 en échec.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxsync::ServiceState</name>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="34"/>
        <source>The journal could not record the service&apos;s %1: %2</source>
        <translation>Le journal n&apos;a pas pu enregistrer le %1 du service&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="67"/>
        <source>%1: failed: %2</source>
        <translation>%1&#xa0;: échec&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="72"/>
        <source>%1: %2 change(s) written, %3 failed, %4 ms</source>
        <translation>%1&#xa0;: %2 modification(s) écrite(s), %3 en échec, %4 ms</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="78"/>
        <source> (stopped early)</source>
        <translation> (arrêté prématurément)</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="108"/>
        <source>The journal could not read the service&apos;s heartbeat: %1</source>
        <translation>Le journal n&apos;a pas pu lire le signal de vie du service&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.h" line="50"/>
        <source>a service state</source>
        <translation>un état du service</translation>
    </message>
</context>
<context>
    <name>cxsync::Settings</name>
    <message>
        <location filename="../core/config/Settings.cpp" line="80"/>
        <source>--config &apos;%1&apos; is a folder, not a settings file.</source>
        <translation>--config «&#xa0;%1&#xa0;» est un dossier, pas un fichier de paramètres.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="85"/>
        <source>the settings file &apos;%1&apos; cannot be read by this user; for the service it must be readable by the account cxsync (mode 0644 in /etc/cxsync).</source>
        <translation>le fichier de paramètres «&#xa0;%1&#xa0;» ne peut pas être lu par cet utilisateur&#xa0;; pour le service, il doit être lisible par le compte cxsync (mode 0644 dans /etc/cxsync).</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="93"/>
        <source>the settings file &apos;%1&apos; is not a valid INI file.</source>
        <translation>le fichier de paramètres «&#xa0;%1&#xa0;» n&apos;est pas un fichier INI valide.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="189"/>
        <source>there is no additional Exchange server &apos;%1&apos;.</source>
        <translation>il n&apos;y a pas de serveur Exchange supplémentaire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="210"/>
        <source>Exchange server %1 is %2, the primary Exchange server: each server or tenant may be configured once.</source>
        <translation>le serveur Exchange %1 est %2, le serveur Exchange principal&#xa0;: chaque serveur ou locataire ne peut être configuré qu&apos;une fois.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="213"/>
        <source>Exchange servers %1 and %2 are both %3: each server or tenant may be configured once.</source>
        <translation>les serveurs Exchange %1 et %2 sont tous deux %3&#xa0;: chaque serveur ou locataire ne peut être configuré qu&apos;une fois.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="259"/>
        <source>unknown setting &apos;%1&apos; in %2 (misspelled?).</source>
        <translation>paramètre inconnu «&#xa0;%1&#xa0;» dans %2 (faute de frappe&#xa0;?).</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="262"/>
        <source>unknown setting &apos;%1&apos; in the policy %2 (misspelled?).</source>
        <translation>paramètre inconnu «&#xa0;%1&#xa0;» dans la stratégie %2 (faute de frappe&#xa0;?).</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="271"/>
        <source>&apos;%1&apos; is managed by the program and cannot be set.</source>
        <translation>«&#xa0;%1&#xa0;» est géré par le programme et ne peut pas être défini.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="276"/>
        <source>unknown setting &apos;%1&apos;; `cxsync config show` lists them.</source>
        <translation>paramètre inconnu «&#xa0;%1&#xa0;»&#xa0;; `cxsync config show` les liste.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="279"/>
        <source>&apos;%1&apos; is managed by policy (%2) and cannot be changed here; its value comes from the policy.</source>
        <translation>«&#xa0;%1&#xa0;» est géré par une stratégie (%2) et ne peut pas être modifié ici&#xa0;; sa valeur vient de la stratégie.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="290"/>
        <location filename="../core/config/Settings.cpp" line="354"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="318"/>
        <source>the primary Exchange server is %1, which additional Exchange server %2 already is: each server or tenant may be configured once.</source>
        <translation>le serveur Exchange principal est %1, ce qu&apos;est déjà le serveur Exchange supplémentaire %2&#xa0;: chaque serveur ou locataire ne peut être configuré qu&apos;une fois.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="369"/>
        <source>cannot write settings to &apos;%1&apos; (check the folder exists and is writable).</source>
        <translation>impossible d&apos;écrire les paramètres dans «&#xa0;%1&#xa0;» (vérifiez que le dossier existe et est accessible en écriture).</translation>
    </message>
</context>
<context>
    <name>cxsync::SettingsSchema</name>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="98"/>
        <source>Which Server Are You On</source>
        <translation>Sur quel serveur êtes-vous</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="99"/>
        <source>CRM Server</source>
        <translation>Serveur CRM</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="100"/>
        <source>CRM Path</source>
        <translation>Chemin CRM</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="102"/>
        <source>CRM User For Synchronization</source>
        <translation>Utilisateur CRM pour la synchronisation</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="103"/>
        <source>CRM REST URL</source>
        <translation>URL REST du CRM</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="105"/>
        <source>Exchange Kind</source>
        <translation>Type d&apos;Exchange</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="107"/>
        <source>Primary Exchange Server</source>
        <translation>Serveur Exchange principal</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="109"/>
        <source>Exchange Account</source>
        <translation>Compte Exchange</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="111"/>
        <source>CRM Server Time Zone</source>
        <translation>Fuseau horaire du serveur CRM</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="113"/>
        <source>Email Address To Notify When An Error Occurs</source>
        <translation>Adresse e-mail à prévenir en cas d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="115"/>
        <source>Failed Messages Store Path</source>
        <translation>Chemin de stockage des messages en échec</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="117"/>
        <source>NT Domain\Account For Exchange Access</source>
        <translation>Domaine\compte NT pour l&apos;accès à Exchange</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="118"/>
        <source>Copy Reminders</source>
        <translation>Copier les rappels</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="119"/>
        <source>Diagnostic Mode</source>
        <translation>Mode diagnostic</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="126"/>
        <source>Logging Level</source>
        <translation>Niveau de journalisation</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="130"/>
        <source>CRM→Exchange</source>
        <translation>CRM→Exchange</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="131"/>
        <source>Exchange→CRM</source>
        <translation>Exchange→CRM</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="132"/>
        <source>Create CRM Users</source>
        <translation>Créer les utilisateurs CRM</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="134"/>
        <source>Tenant (Directory) ID</source>
        <translation>ID de l&apos;annuaire (locataire)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="136"/>
        <source>Application (Client) ID</source>
        <translation>ID de l&apos;application (client)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="138"/>
        <source>Client Credential</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="140"/>
        <source>Certificate File</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="142"/>
        <source>Sign-in Authority URL</source>
        <translation>URL de l&apos;autorité de connexion</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="144"/>
        <source>Microsoft Graph URL</source>
        <translation>URL de Microsoft Graph</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="146"/>
        <source>EWS URL</source>
        <translation>URL EWS</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="147"/>
        <source>Use Impersonation</source>
        <translation>Utiliser l&apos;emprunt d&apos;identité</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="149"/>
        <source>Poll Interval (Seconds)</source>
        <translation>Intervalle d&apos;interrogation (secondes)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="151"/>
        <source>Sync Window: Past Days</source>
        <translation>Fenêtre de synchronisation&#xa0;: jours passés</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="153"/>
        <source>Sync Window: Future Days</source>
        <translation>Fenêtre de synchronisation&#xa0;: jours à venir</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="158"/>
        <source>Conflicts: Which Side Wins</source>
        <translation>Conflits&#xa0;: quel côté l&apos;emporte</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="160"/>
        <source>Safety Stop: Deletes Above (% of a Mailbox)</source>
        <translation>Arrêt de sécurité&#xa0;: suppressions au-delà de (% d&apos;une boîte aux lettres)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="166"/>
        <source>CRM Poll Interval (seconds)</source>
        <translation>Intervalle d&apos;interrogation du CRM (secondes)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="168"/>
        <source>Mailboxes Synchronized at Once</source>
        <translation>Boîtes aux lettres synchronisées simultanément</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="169"/>
        <source>SMTP Server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="170"/>
        <source>SMTP Port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="172"/>
        <source>SMTP Encryption</source>
        <translation>Chiffrement SMTP</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="173"/>
        <source>SMTP Sender Address</source>
        <translation>Adresse de l&apos;expéditeur SMTP</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="174"/>
        <source>SMTP User</source>
        <translation>Utilisateur SMTP</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="176"/>
        <source>Listener Bind Address</source>
        <translation>Adresse d&apos;écoute de l&apos;écouteur</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="179"/>
        <source>Listener Port</source>
        <translation>Port de l&apos;écouteur</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="181"/>
        <source>Listener Public URL</source>
        <translation>URL publique de l&apos;écouteur</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="185"/>
        <source>Listener TLS Certificate (PEM)</source>
        <translation>Certificat TLS de l&apos;écouteur (PEM)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="187"/>
        <source>Listener TLS Private Key (PEM)</source>
        <translation>Clé privée TLS de l&apos;écouteur (PEM)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="188"/>
        <source>Data Directory</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="190"/>
        <source>Extra Trusted CA Certificates (PEM)</source>
        <translation>Certificats d&apos;autorité supplémentaires approuvés (PEM)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="192"/>
        <source>Pinned Server Certificate (SHA-256)</source>
        <translation>Certificat de serveur épinglé (SHA-256)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="196"/>
        <source>Failed Messages: First Retry After (Seconds)</source>
        <translation>Messages en échec&#xa0;: première tentative après (secondes)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="198"/>
        <source>Failed Messages: Longest Retry Interval (Seconds)</source>
        <translation>Messages en échec&#xa0;: intervalle maximal entre tentatives (secondes)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="200"/>
        <source>Failed Messages: Attempts Before Parking</source>
        <translation>Messages en échec&#xa0;: tentatives avant mise de côté</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="202"/>
        <source>Error E-mail: At Most One Every (Minutes)</source>
        <translation>E-mail d&apos;erreur&#xa0;: au plus un toutes les (minutes)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="204"/>
        <source>Transaction Log: Keep (Days)</source>
        <translation>Journal des transactions&#xa0;: conserver (jours)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="205"/>
        <source>Canary CRM User</source>
        <translation>Utilisateur CRM témoin</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="206"/>
        <source>Canary Mailbox</source>
        <translation>Boîte aux lettres témoin</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="208"/>
        <source>Canary: Every (Minutes)</source>
        <translation>Témoin&#xa0;: toutes les (minutes)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="210"/>
        <source>Canary: Late After (Seconds)</source>
        <translation>Témoin&#xa0;: en retard après (secondes)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="212"/>
        <source>Out-of-Scope Mailbox (Least-Privilege Check)</source>
        <translation>Boîte aux lettres hors périmètre (contrôle du moindre privilège)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="248"/>
        <source>the value is %1 characters long; at most %2 are allowed.</source>
        <translation>la valeur fait %1 caractères&#xa0;; %2 au plus sont autorisés.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="258"/>
        <source>the part before @ is %1 characters long; at most 64 are allowed.</source>
        <translation>la partie avant @ fait %1 caractères&#xa0;; 64 au plus sont autorisés.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="278"/>
        <source>the value is not valid UTF-8 text (it contains U+FFFD, which stands for bytes that were not UTF-8); type it again.</source>
        <translation>la valeur n&apos;est pas un texte UTF-8 valide (elle contient U+FFFD, qui remplace des octets qui n&apos;étaient pas de l&apos;UTF-8)&#xa0;; saisissez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="283"/>
        <source>the value contains control characters (U+%1), such as a line break or a tab.</source>
        <translation>la valeur contient des caractères de contrôle (U+%1), comme un saut de ligne ou une tabulation.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="292"/>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="303"/>
        <source>&apos;%1&apos; is not a host name (letters, digits, dots and hyphens, optionally :port).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte (lettres, chiffres, points et tirets, éventuellement&#xa0;:port).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="309"/>
        <source>port %1 is out of range (1 to 65535).</source>
        <translation>le port %1 est hors limites (1 à 65535).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="316"/>
        <source>&apos;%1&apos; is not an install name: type the name only, such as CRM, without slashes or spaces.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;installation&#xa0;: saisissez seulement le nom, tel que CRM, sans barres obliques ni espaces.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="321"/>
        <source>the logon id has leading or trailing spaces or control characters.</source>
        <translation>l&apos;identifiant de connexion comporte des espaces ou des caractères de contrôle au début ou à la fin.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="325"/>
        <source>&apos;%1&apos; is neither a mailbox alias nor an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un alias de boîte aux lettres ni une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="331"/>
        <source>&apos;%1&apos; is not an e-mail address (name@example.com).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail (nom@example.com).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="338"/>
        <source>&apos;%1&apos; is not an http(s) URL with a host.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http(s) avec un hôte.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="340"/>
        <source>&apos;%1&apos; must use https; plain http is accepted only for 127.0.0.1 and localhost.</source>
        <translation>«&#xa0;%1&#xa0;» doit utiliser https&#xa0;; le http simple n&apos;est accepté que pour 127.0.0.1 et localhost.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="353"/>
        <location filename="../core/config/SettingsSchema.cpp" line="357"/>
        <source>&apos;%1&apos; is not an absolute path.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un chemin absolu.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="360"/>
        <source>file &apos;%1&apos; does not exist.</source>
        <translation>le fichier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="362"/>
        <source>&apos;%1&apos; is not a readable file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="367"/>
        <source>&apos;%1&apos; is not of the form DOMAIN\account or account@domain.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme DOMAINE\compte ou compte@domaine.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="371"/>
        <source>&apos;%1&apos; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="375"/>
        <source>&apos;%1&apos; is neither a tenant GUID nor a domain such as contoso.onmicrosoft.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un GUID de locataire ni un domaine tel que contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="383"/>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une empreinte SHA-256 (64 chiffres hexadécimaux, deux-points autorisés).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="389"/>
        <source>&apos;%1&apos; is not an IP address (such as 127.0.0.1, 0.0.0.0 or ::).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP (telle que 127.0.0.1, 0.0.0.0 ou&#xa0;::).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="420"/>
        <source>%1 (Exchange server %2)</source>
        <translation>%1 (serveur Exchange %2)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="457"/>
        <source>&apos;%1&apos; is not a server name: use 1 to 32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de serveur&#xa0;: utilisez de 1 à 32 lettres, chiffres, «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="465"/>
        <source>unknown setting &apos;%1&apos;.</source>
        <translation>paramètre inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="480"/>
        <source>%1: &apos;%2&apos; is not true or false.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est ni true ni false.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="488"/>
        <source>%1: &apos;%2&apos; is not a whole number.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="495"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="504"/>
        <source>expected true or false.</source>
        <translation>true ou false attendu.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="508"/>
        <source>expected a whole number.</source>
        <translation>nombre entier attendu.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="511"/>
        <source>%1 is out of range (%2 to %3).</source>
        <translation>%1 est hors limites (%2 à %3).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="516"/>
        <source>expected text.</source>
        <translation>texte attendu.</translation>
    </message>
</context>
<context>
    <name>cxsync::SettingsValidator</name>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="28"/>
        <location filename="../core/config/SettingsValidator.cpp" line="118"/>
        <source>%1 is required %2.</source>
        <translation>%1 est obligatoire %2.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="33"/>
        <source>%1 must be a mailbox the application should not reach, not the Exchange Account.</source>
        <translation>%1 doit être une boîte aux lettres que l&apos;application ne doit pas atteindre, et non le Compte Exchange.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="37"/>
        <location filename="../core/config/SettingsValidator.cpp" line="38"/>
        <source>for Exchange Online</source>
        <translation>pour Exchange Online</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="40"/>
        <source>when the client credential is a certificate</source>
        <translation>lorsque l&apos;identifiant client est un certificat</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="43"/>
        <source>Exchange Account must be the mailbox&apos;s e-mail address (user principal name) for Exchange Online.</source>
        <translation>Le Compte Exchange doit être l&apos;adresse e-mail de la boîte aux lettres (nom d&apos;utilisateur principal) pour Exchange Online.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="48"/>
        <source>Primary Exchange Server (or an EWS URL) is required for on-premises Exchange.</source>
        <translation>Le Serveur Exchange principal (ou une URL EWS) est obligatoire pour un Exchange local.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="49"/>
        <source>for on-premises Exchange</source>
        <translation>pour un Exchange local</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="65"/>
        <location filename="../core/config/SettingsValidator.cpp" line="98"/>
        <location filename="../core/config/SettingsValidator.cpp" line="128"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="70"/>
        <source>unknown setting &apos;%1&apos; for an Exchange server.</source>
        <translation>paramètre inconnu «&#xa0;%1&#xa0;» pour un serveur Exchange.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="76"/>
        <location filename="../core/config/SettingsValidator.cpp" line="117"/>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="87"/>
        <source>%1 &apos;%2&apos; is a folder: give a file name, such as %2/journal.sqlite.</source>
        <translation>%1 «&#xa0;%2&#xa0;» est un dossier&#xa0;: indiquez un nom de fichier, tel que %2/journal.sqlite.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="90"/>
        <source>%1 &apos;%2&apos;: the folder &apos;%3&apos; does not exist; create it first (for the service: owned by its account, mode 0700).</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: le dossier «&#xa0;%3&#xa0;» n&apos;existe pas&#xa0;; créez-le d&apos;abord (pour le service&#xa0;: appartenant à son compte, mode 0700).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="124"/>
        <source>unknown setting &apos;%1&apos;.</source>
        <translation>paramètre inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="132"/>
        <source>%1 is missing.</source>
        <translation>%1 est absent.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="147"/>
        <source>on the Exchange server</source>
        <translation>sur le serveur Exchange</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="149"/>
        <source>Create CRM Users can only be selected on the CRM server.</source>
        <translation>Créer les utilisateurs CRM ne peut être sélectionné que sur le serveur CRM.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="166"/>
        <source>SMTP Sender Address is required when an SMTP server is set.</source>
        <translation>L&apos;Adresse de l&apos;expéditeur SMTP est obligatoire lorsqu&apos;un serveur SMTP est défini.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="168"/>
        <source>SMTP Server is required when an SMTP user is set.</source>
        <translation>Le Serveur SMTP est obligatoire lorsqu&apos;un utilisateur SMTP est défini.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="172"/>
        <source>%1 and %2 go together: set both (a linked pair) or neither.</source>
        <translation>%1 et %2 vont ensemble&#xa0;: définissez les deux (une paire liée) ou aucun.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="177"/>
        <source>%1 must be shorter than %2: a canary not seen by the next round is lost.</source>
        <translation>%1 doit être plus court que %2&#xa0;: un témoin non vu au tour suivant est perdu.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="181"/>
        <source>%1 must not be shorter than %2.</source>
        <translation>%1 ne doit pas être plus court que %2.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="188"/>
        <source>NT Account Password and Re-enter Password do not match.</source>
        <translation>Le Mot de passe du compte NT et sa confirmation ne correspondent pas.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="191"/>
        <source>the %1 must not contain line breaks.</source>
        <translation>le %1 ne doit pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="193"/>
        <source>the %1: %2</source>
        <translation>le %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::StatusCommand</name>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="68"/>
        <source>--period: &apos;%1&apos; is not 24h or 7d</source>
        <translation>--period&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni 24h ni 7d</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="72"/>
        <source>No journal at %1: nothing has been synchronized with this profile yet.</source>
        <translation>Pas de journal dans %1&#xa0;: rien n&apos;a encore été synchronisé avec ce profil.</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="91"/>
        <source>Health: %1 (the last %2, until %3)</source>
        <translation>Santé&#xa0;: %1 (les dernières %2, jusqu&apos;à %3)</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="92"/>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="92"/>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="100"/>
        <source>running on %1 (process %2), last heartbeat %3</source>
        <translation>en cours d&apos;exécution sur %1 (processus %2), dernier signal de vie %3</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="106"/>
        <source>stopped at %1</source>
        <translation>arrêté à %1</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="109"/>
        <source>not responding since %1</source>
        <translation>ne répond plus depuis %1</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="112"/>
        <source>never started on this journal</source>
        <translation>jamais démarré sur ce journal</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="115"/>
        <source>Service: %1</source>
        <translation>Service&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="119"/>
        <source>Writes: %1 CRM → Exchange, %2 Exchange → CRM; %3 conflict(s); %4 failure(s)%5</source>
        <translation>Écritures&#xa0;: %1 CRM → Exchange, %2 Exchange → CRM&#xa0;; %3 conflit(s)&#xa0;; %4 échec(s)%5</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="127"/>
        <source>Latency: CRM → Exchange p50 %1, p99 %2 (%3 writes); Exchange → CRM p50 %4, p99 %5 (%6 notifications)</source>
        <translation>Latence&#xa0;: CRM → Exchange p50 %1, p99 %2 (%3 écritures)&#xa0;; Exchange → CRM p50 %4, p99 %5 (%6 notifications)</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="135"/>
        <source>No linked mailboxes.</source>
        <translation>Aucune boîte aux lettres liée.</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="139"/>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="139"/>
        <source>MAILBOX</source>
        <translation>BOÎTE AUX LETTRES</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="139"/>
        <source>SERVER</source>
        <translation>SERVEUR</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="140"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="140"/>
        <source>LAST SYNC</source>
        <translation>DERNIÈRE SYNCHRO</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="140"/>
        <source>SUBSCRIPTION</source>
        <translation>ABONNEMENT</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="141"/>
        <source>FAILED</source>
        <translation>ÉCHECS</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="141"/>
        <source>CANARY</source>
        <translation>TÉMOIN</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="141"/>
        <source>LAST ERROR</source>
        <translation>DERNIÈRE ERREUR</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="147"/>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="163"/>
        <source>the health summary (red / amber / green with the reasons) and each mailbox&apos;s health, from the journal;
exit code 0 green, 3 amber, 1 red or no journal, 2 usage</source>
        <translation>le résumé de santé (rouge / orange / vert avec les raisons) et la santé de
chaque boîte aux lettres, depuis le journal&#xa0;; code de sortie 0 vert, 3 orange,
1 rouge ou pas de journal, 2 utilisation</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="169"/>
        <source>Only this mailbox (CRM logon, mailbox address or Exchange user id).</source>
        <translation>Seulement cette boîte aux lettres (identifiant CRM, adresse de boîte aux lettres ou id d&apos;utilisateur Exchange).</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="171"/>
        <source>The series&apos; period: 24h (default) or 7d.</source>
        <translation>La période des séries&#xa0;: 24h (par défaut) ou 7d.</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="181"/>
        <source>status takes no arguments: %1</source>
        <translation>status ne prend pas d&apos;arguments&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::SubscriptionAssessment</name>
    <message>
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="10"/>
        <source>Graph reported it failed</source>
        <translation>Graph a signalé son échec</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="15"/>
        <source>expired; polling covers the mailbox until it is recreated</source>
        <translation>expiré&#xa0;; l&apos;interrogation couvre la boîte aux lettres jusqu&apos;à sa recréation</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="29"/>
        <source>expires in %n minute(s) and has not been renewed</source>
        <translation>
            <numerusform>expire dans %n minute et n&apos;a pas été renouvelé</numerusform>
            <numerusform>expire dans %n minutes et n&apos;a pas été renouvelé</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="51"/>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="53"/>
        <source>Expiring</source>
        <translation>Bientôt expiré</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="55"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
</context>
<context>
    <name>cxsync::SubscriptionManager</name>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="45"/>
        <source>mailbox %1 has no Exchange connection (on-premises Exchange through EWS is not available yet): it cannot have a change subscription</source>
        <translation>la boîte aux lettres %1 n&apos;a pas de connexion Exchange (Exchange local via EWS n&apos;est pas encore disponible)&#xa0;: elle ne peut pas avoir d&apos;abonnement aux modifications</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="68"/>
        <source>The journal could not read subscriptions: %1</source>
        <translation>Le journal n&apos;a pas pu lire les abonnements&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="83"/>
        <source>The journal could not read subscription %1: %2</source>
        <translation>Le journal n&apos;a pas pu lire l&apos;abonnement %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="140"/>
        <source>The journal could not store subscription %1: %2</source>
        <translation>Le journal n&apos;a pas pu enregistrer l&apos;abonnement %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="155"/>
        <source>The journal could not keep where subscription %1 stands: %2</source>
        <translation>Le journal n’a pas pu conserver l’état de l’abonnement %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="168"/>
        <source>The journal could not update subscription %1.</source>
        <translation>Le journal n&apos;a pas pu mettre à jour l&apos;abonnement %1.</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="410"/>
        <source>No subscription &apos;%1&apos; is known.</source>
        <translation>Aucun abonnement «&#xa0;%1&#xa0;» n&apos;est connu.</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="419"/>
        <source>removed by the Exchange server</source>
        <translation>supprimé par le serveur Exchange</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.h" line="36"/>
        <source>a subscription state</source>
        <translation>un état d&apos;abonnement</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.h" line="49"/>
        <source>a subscription action</source>
        <translation>une action d&apos;abonnement</translation>
    </message>
</context>
<context>
    <name>cxsync::SyncCommand</name>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="65"/>
        <source>Stopping after the current write… (press Ctrl+C again to quit at once)</source>
        <translation>Arrêt après l&apos;écriture en cours… (appuyez à nouveau sur Ctrl+C pour quitter immédiatement)</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="77"/>
        <source>Interrupted by %1 before the run started; nothing was written.</source>
        <translation>Interrompu par %1 avant le début de l&apos;exécution&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="109"/>
        <source>Interrupted by %1 before the sync run started.</source>
        <translation>Interrompu par %1 avant le début de la synchronisation.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="125"/>
        <source>%1: this run would delete %2 of %3 synchronized items (more than %4 %).</source>
        <translation>%1&#xa0;: cette exécution supprimerait %2 des %3 éléments synchronisés (plus de %4 %).</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="130"/>
        <source>Going ahead (--yes).</source>
        <translation>On continue (--yes).</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="130"/>
        <source>Declined: run again with --yes to delete.</source>
        <translation>Refusé&#xa0;: relancez avec --yes pour supprimer.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="157"/>
        <source>Next run in %1 s (Ctrl+C to stop).</source>
        <translation>Prochaine exécution dans %1 s (Ctrl+C pour arrêter).</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="161"/>
        <source>Calendar sync (dry run): nothing is written.</source>
        <translation>Synchronisation des calendriers (simulation)&#xa0;: rien n&apos;est écrit.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="161"/>
        <source>Calendar sync</source>
        <translation>Synchronisation des calendriers</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SyncCommand.cpp" line="171"/>
        <source>Planned for %n mailbox(es):</source>
        <translation>
            <numerusform>Prévu pour %n boîte aux lettres&#xa0;:</numerusform>
            <numerusform>Prévu pour %n boîtes aux lettres&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SyncCommand.cpp" line="173"/>
        <source>Done for %n mailbox(es) in %1 ms:</source>
        <translation>
            <numerusform>Terminé pour %n boîte aux lettres en %1 ms&#xa0;:</numerusform>
            <numerusform>Terminé pour %n boîtes aux lettres en %1 ms&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="174"/>
        <source>Exchange: %1 to create, %2 to update, %3 to delete</source>
        <translation>Exchange&#xa0;: %1 à créer, %2 à mettre à jour, %3 à supprimer</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="179"/>
        <source>CRM: %1 to create, %2 to update, %3 to delete</source>
        <translation>CRM&#xa0;: %1 à créer, %2 à mettre à jour, %3 à supprimer</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="184"/>
        <source>invitations: %1, cancellations: %2</source>
        <translation>invitations&#xa0;: %1, annulations&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="186"/>
        <source>replayed from an interrupted run: %1</source>
        <translation>rejoué depuis une exécution interrompue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="188"/>
        <source>conflicts (both sides changed; see the transaction log): %1</source>
        <translation>conflits (les deux côtés ont changé&#xa0;; voir le journal des transactions)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="190"/>
        <source>safety stop: %1 kept (%2 deletes not applied)</source>
        <translation>arrêt de sécurité&#xa0;: %1 conservés (%2 suppressions non appliquées)</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="192"/>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="194"/>
        <source>stopped before the end; the next run continues</source>
        <translation>arrêté avant la fin&#xa0;; la prochaine exécution continue</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SyncCommand.cpp" line="201"/>
        <source>%n write(s) failed and wait in the failed-message queue.</source>
        <translation>
            <numerusform>%n écriture a échoué et attend dans la file des messages en échec.</numerusform>
            <numerusform>%n écritures ont échoué et attendent dans la file des messages en échec.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="211"/>
        <source>Interrupted by %1 before anything was written; the next run starts over.</source>
        <translation>Interrompu par %1 avant toute écriture&#xa0;; la prochaine exécution recommence.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="216"/>
        <source>Interrupted by %1: %2 of %3 planned write(s) done, %4 failed (queued for retry), %5 not started; the next run continues with them.</source>
        <translation>Interrompu par %1&#xa0;: %2 des %3 écritures prévues effectuées, %4 en échec (en file pour une nouvelle tentative), %5 non commencées&#xa0;; la prochaine exécution les reprend.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="244"/>
        <source>synchronize calendars (CRM appointments &lt;-&gt; Outlook events) once, or
every Poll Interval until Ctrl+C; deletes above the safety share need --yes</source>
        <translation>synchronise les calendriers (rendez-vous CRM &lt;-&gt; événements Outlook) une fois,
ou à chaque intervalle d&apos;interrogation jusqu&apos;à Ctrl+C&#xa0;; les suppressions
au-delà de la part de sécurité exigent --yes</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="247"/>
        <source>One run.</source>
        <translation>Une exécution.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="249"/>
        <source>A run every Poll Interval until Ctrl+C or SIGTERM.</source>
        <translation>Une exécution à chaque intervalle d&apos;interrogation jusqu&apos;à Ctrl+C ou SIGTERM.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="251"/>
        <source>Delete even above the safety share of a mailbox.</source>
        <translation>Supprimer même au-delà de la part de sécurité d&apos;une boîte aux lettres.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="252"/>
        <source>Only this user (CRM logon or mailbox).</source>
        <translation>Seulement cet utilisateur (identifiant CRM ou boîte aux lettres).</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="261"/>
        <source>usage: cxsync sync --once | --watch [--dry-run] [--yes] [--user USER]</source>
        <translation>utilisation&#xa0;: cxsync sync --once | --watch [--dry-run] [--yes] [--user USER]</translation>
    </message>
</context>
<context>
    <name>cxsync::SyncNowAction</name>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="17"/>
        <location filename="../ui/SyncNowAction.cpp" line="177"/>
        <source>Sync Now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="19"/>
        <source>Retry the failed messages that are due, then synchronize the calendars of every linked user once, both ways as the options say.</source>
        <translation>Réessaie les messages en échec arrivés à échéance, puis synchronise une fois les calendriers de chaque utilisateur lié, dans les deux sens selon les options.</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="57"/>
        <source>Sync Now: stopping after the write under way…</source>
        <translation>Synchroniser maintenant&#xa0;: arrêt après l&apos;écriture en cours…</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="63"/>
        <source>Sync Now: already running.</source>
        <translation>Synchroniser maintenant&#xa0;: déjà en cours.</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="69"/>
        <source>Sync Now: connecting…</source>
        <translation>Synchroniser maintenant&#xa0;: connexion…</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="71"/>
        <source>Cancel Sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="73"/>
        <source>Sync Now started (saved settings: %1).</source>
        <translation>Synchronisation immédiate démarrée (paramètres enregistrés&#xa0;: %1).</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="96"/>
        <source>Sync Now: retrying failed messages…</source>
        <translation>Synchroniser maintenant&#xa0;: nouvelle tentative des messages en échec…</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="104"/>
        <location filename="../ui/SyncNowAction.cpp" line="162"/>
        <source>Sync Now: %1</source>
        <translation>Synchroniser maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="118"/>
        <source>Mass delete</source>
        <translation>Suppression massive</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="119"/>
        <source>This run would delete %1 of the %2 synchronized items of %3 (more than %4 %).

Delete them? No keeps everything for now; the next run asks again.</source>
        <translation>Cette exécution supprimerait %1 des %2 éléments synchronisés de %3 (plus de %4 %).

Les supprimer&#xa0;? Non conserve tout pour l&apos;instant&#xa0;; la prochaine exécution redemandera.</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="143"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="150"/>
        <source>Sync Now: %1: %2</source>
        <translation>Synchroniser maintenant&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="153"/>
        <source>Sync Now: synchronizing…</source>
        <translation>Synchroniser maintenant&#xa0;: synchronisation…</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="160"/>
        <source>Sync Now failed: %1</source>
        <translation>Échec de la synchronisation immédiate&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="164"/>
        <source>Sync Now: failed: %1</source>
        <translation>Synchroniser maintenant&#xa0;: échec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="166"/>
        <source>Sync Now: %1 kept: %2 deletes not applied (more than %3 % of %4 items).</source>
        <translation>Synchroniser maintenant&#xa0;: %1 conservés&#xa0;: %2 suppressions non appliquées (plus de %3 % de %4 éléments).</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="172"/>
        <source>Sync Now: note: %1</source>
        <translation>Synchroniser maintenant&#xa0;: remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="174"/>
        <source>Sync Now: see the Failed Messages tab; they are retried at growing intervals.</source>
        <translation>Synchroniser maintenant&#xa0;: voir l&apos;onglet Messages en échec&#xa0;; ils sont réessayés à intervalles croissants.</translation>
    </message>
</context>
<context>
    <name>cxsync::SyncService</name>
    <message>
        <location filename="../core/service/SyncService.cpp" line="91"/>
        <source>push needs the listener client state (secret listener-client-state); run &apos;cxsync hooks install&apos; once</source>
        <translation>le push a besoin de l&apos;état client de l&apos;écouteur (secret listener-client-state)&#xa0;; exécutez une fois «&#xa0;cxsync hooks install&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="108"/>
        <source>Change notification for %1.</source>
        <translation>Notification de modification pour %1.</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="126"/>
        <source>Listening for notifications at %1 (port %2).</source>
        <translation>Écoute des notifications sur %1 (port %2).</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="141"/>
        <source>Subscription for %1 failed (polling covers it): %2</source>
        <translation>L&apos;abonnement pour %1 a échoué (l&apos;interrogation le couvre)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="146"/>
        <source>Change subscriptions: %1 active, %2 failed.</source>
        <translation>Abonnements aux modifications&#xa0;: %1 actifs, %2 en échec.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/service/SyncService.cpp" line="152"/>
        <source>Push is not configured: changes are found by polling every %n second(s).</source>
        <translation>
            <numerusform>Le push n&apos;est pas configuré&#xa0;: les modifications sont détectées par interrogation toutes les %n seconde.</numerusform>
            <numerusform>Le push n&apos;est pas configuré&#xa0;: les modifications sont détectées par interrogation toutes les %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="246"/>
        <source>Lifecycle event %1 for %2.</source>
        <translation>Événement de cycle de vie %1 pour %2.</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="257"/>
        <source>Lifecycle handling for %1 failed: %2</source>
        <translation>Le traitement du cycle de vie pour %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="343"/>
        <source>all users</source>
        <translation>tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="357"/>
        <source>CRM changes</source>
        <translation>modifications du CRM</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="401"/>
        <source>Sync of %1 failed: %2</source>
        <translation>La synchronisation de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/service/SyncService.cpp" line="435"/>
        <source>Push is working: CRM changes are read every %n second(s), every mailbox in full every %1 minute(s).</source>
        <translation>
            <numerusform>Le push fonctionne&#xa0;: les modifications du CRM sont lues toutes les %n seconde, chaque boîte aux lettres entièrement toutes les %1 minute(s).</numerusform>
            <numerusform>Le push fonctionne&#xa0;: les modifications du CRM sont lues toutes les %n secondes, chaque boîte aux lettres entièrement toutes les %1 minute(s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="454"/>
        <source>Renewing the subscription for %1 failed (polling covers it): %2</source>
        <translation>Le renouvellement de l&apos;abonnement pour %1 a échoué (l&apos;interrogation le couvre)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::SystemdCredentials</name>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="50"/>
        <source>cannot list the systemd credentials in &apos;%1&apos;: %2</source>
        <translation>impossible de lister les identifiants systemd dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="79"/>
        <source>systemd credential &apos;%1&apos; is a symbolic link; systemd writes credentials as plain files.</source>
        <translation>l&apos;identifiant systemd «&#xa0;%1&#xa0;» est un lien symbolique&#xa0;; systemd écrit les identifiants comme des fichiers ordinaires.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="85"/>
        <location filename="../core/config/SystemdCredentials.cpp" line="94"/>
        <location filename="../core/config/SystemdCredentials.cpp" line="128"/>
        <source>cannot read systemd credential &apos;%1&apos;: %2</source>
        <translation>impossible de lire l&apos;identifiant systemd «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="99"/>
        <source>systemd credential &apos;%1&apos; is not a regular file (a folder, FIFO, device or socket).</source>
        <translation>l&apos;identifiant systemd «&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire (un dossier, un FIFO, un périphérique ou un socket).</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="106"/>
        <source>systemd credential &apos;%1&apos; is owned by user %2; it must be owned by the user running cxsync (%3) or by root.</source>
        <translation>l&apos;identifiant systemd «&#xa0;%1&#xa0;» appartient à l&apos;utilisateur %2&#xa0;; il doit appartenir à l&apos;utilisateur qui exécute cxsync (%3) ou à root.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="115"/>
        <source>systemd credential &apos;%1&apos; may be read by other users (mode %2); systemd makes credentials 0400.</source>
        <translation>l&apos;identifiant systemd «&#xa0;%1&#xa0;» peut être lu par d&apos;autres utilisateurs (mode %2)&#xa0;; systemd crée les identifiants en 0400.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="154"/>
        <source>systemd credentials (&apos;%1&apos;) are not available on Windows.</source>
        <translation>les identifiants systemd («&#xa0;%1&#xa0;») ne sont pas disponibles sous Windows.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="161"/>
        <source>the systemd credentials folder &apos;%1&apos; ($CREDENTIALS_DIRECTORY) does not exist.</source>
        <translation>le dossier des identifiants systemd «&#xa0;%1&#xa0;» ($CREDENTIALS_DIRECTORY) n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="165"/>
        <source>$CREDENTIALS_DIRECTORY &apos;%1&apos; is not a folder.</source>
        <translation>$CREDENTIALS_DIRECTORY «&#xa0;%1&#xa0;» n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="168"/>
        <source>cannot open the systemd credentials folder &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ouvrir le dossier des identifiants systemd «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="180"/>
        <source>the systemd credentials folder &apos;%1&apos; holds more than %2 files; cxsync reads only its own secrets from it.</source>
        <translation>le dossier des identifiants systemd «&#xa0;%1&#xa0;» contient plus de %2 fichiers&#xa0;; cxsync n&apos;y lit que ses propres secrets.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="195"/>
        <source>systemd credential &apos;%1&apos;: secrets of additional Exchange servers are not accepted here.</source>
        <translation>identifiant systemd «&#xa0;%1&#xa0;»&#xa0;: les secrets de serveurs Exchange supplémentaires ne sont pas acceptés ici.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="200"/>
        <source>systemd credential &apos;%1&apos;: %2</source>
        <translation>identifiant systemd «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="204"/>
        <source>systemd credential &apos;%1&apos;: there is no additional Exchange server &apos;%2&apos; in this profile; remove the LoadCredential line or add the server.</source>
        <translation>identifiant systemd «&#xa0;%1&#xa0;»&#xa0;: il n&apos;y a pas de serveur Exchange supplémentaire «&#xa0;%2&#xa0;» dans ce profil&#xa0;; supprimez la ligne LoadCredential ou ajoutez le serveur.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="216"/>
        <source>systemd credential &apos;%1&apos; is not a secret cxsync knows; name each credential after its secret: %2.</source>
        <translation>l&apos;identifiant systemd «&#xa0;%1&#xa0;» n&apos;est pas un secret connu de cxsync&#xa0;; nommez chaque identifiant d&apos;après son secret&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="225"/>
        <source>systemd credentials &apos;%1&apos; and &apos;%2&apos; are both %3; give each secret once.</source>
        <translation>les identifiants systemd «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» sont tous deux %3&#xa0;; donnez chaque secret une seule fois.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="238"/>
        <source>systemd credential &apos;%1&apos; is longer than %2 bytes.</source>
        <translation>l&apos;identifiant systemd «&#xa0;%1&#xa0;» dépasse %2 octets.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="245"/>
        <source>systemd credential &apos;%1&apos; holds a NUL byte or a line break inside the value; it must hold the secret alone.</source>
        <translation>l&apos;identifiant systemd «&#xa0;%1&#xa0;» contient un octet NUL ou un saut de ligne dans la valeur&#xa0;; il doit contenir le secret seul.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="252"/>
        <source>systemd credential &apos;%1&apos; is not valid UTF-8.</source>
        <translation>l&apos;identifiant systemd «&#xa0;%1&#xa0;» n&apos;est pas de l&apos;UTF-8 valide.</translation>
    </message>
</context>
<context>
    <name>cxsync::TestConnectionCommand</name>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="35"/>
        <source>Test Connection passed: %1 of %2 steps passed, %3 skipped.</source>
        <translation>Test de connexion réussi&#xa0;: %1 étapes sur %2 réussies, %3 ignorées.</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="39"/>
        <source>Test Connection failed: %1 of %2 steps failed.</source>
        <translation>Test de connexion en échec&#xa0;: %1 étapes sur %2 en échec.</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="57"/>
        <source>pass</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="60"/>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="63"/>
        <source>skip</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="66"/>
        <source>warn</source>
        <translation>avert</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="78"/>
        <source>Cause: %1</source>
        <translation>Cause&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="79"/>
        <source>Fix: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="92"/>
        <source>check each step from settings to listener and say what to fix;
--write-probe also creates and deletes a test event in the mailbox</source>
        <translation>vérifie chaque étape, des paramètres jusqu&apos;à l&apos;écouteur, et dit quoi
corriger&#xa0;; --write-probe crée et supprime aussi un événement de test dans la
boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="97"/>
        <source>The mailbox to test with (default: the first linked one).</source>
        <translation>La boîte aux lettres pour le test (par défaut&#xa0;: la première liée).</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="100"/>
        <source>Also create and delete a test event in that mailbox.</source>
        <translation>Créer aussi puis supprimer un événement de test dans cette boîte aux lettres.</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="108"/>
        <source>usage: cxsync test-connection [--json] [--mailbox ADDRESS] [--write-probe]</source>
        <translation>utilisation&#xa0;: cxsync test-connection [--json] [--mailbox ADDRESS] [--write-probe]</translation>
    </message>
</context>
<context>
    <name>cxsync::TimeZoneSpec</name>
    <message>
        <location filename="../core/config/TimeZoneSpec.cpp" line="31"/>
        <source>offset &apos;%1&apos; is not in quarter hours (use .25, .5 or .75).</source>
        <translation>le décalage «&#xa0;%1&#xa0;» n&apos;est pas en quarts d&apos;heure (utilisez .25, .5 ou .75).</translation>
    </message>
    <message>
        <location filename="../core/config/TimeZoneSpec.cpp" line="37"/>
        <source>offset &apos;%1&apos; is not in quarter hours (:00, :15, :30 or :45).</source>
        <translation>le décalage «&#xa0;%1&#xa0;» n&apos;est pas en quarts d&apos;heure (:00,&#xa0;:15,&#xa0;:30 ou&#xa0;:45).</translation>
    </message>
    <message>
        <location filename="../core/config/TimeZoneSpec.cpp" line="41"/>
        <source>offset &apos;%1&apos; is outside -12 to +14 hours.</source>
        <translation>le décalage «&#xa0;%1&#xa0;» est hors de la plage -12 à +14 heures.</translation>
    </message>
    <message>
        <location filename="../core/config/TimeZoneSpec.cpp" line="59"/>
        <source>&apos;%1&apos; is not a known time zone: use an id such as Europe/London or GMT Standard Time, or an offset in hours such as +1 or -3.5.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu&#xa0;: utilisez un identifiant tel que Europe/London ou GMT Standard Time, ou un décalage en heures tel que +1 ou -3.5.</translation>
    </message>
    <message>
        <location filename="../core/config/TimeZoneSpec.cpp" line="68"/>
        <source>fixed offset UTC%1%2:%3</source>
        <translation>décalage fixe UTC%1%2:%3</translation>
    </message>
</context>
<context>
    <name>cxsync::TransactionLogModel</name>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="30"/>
        <source>Conflict: %1</source>
        <translation>Conflit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="55"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="69"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="71"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="73"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="75"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="77"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="79"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="81"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="83"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>cxsync::UsersCommand</name>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="102"/>
        <source>usage: cxsync users sync [--dry-run] [--yes] [--json] | users list [--json] | users disable USER | users enable USER</source>
        <translation>utilisation&#xa0;: cxsync users sync [--dry-run] [--yes] [--json] | users list [--json] | users disable USER | users enable USER</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="179"/>
        <source>Reading the mailboxes, the CRM users and the journal…</source>
        <translation>Lecture des boîtes aux lettres, des utilisateurs CRM et du journal…</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="189"/>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="217"/>
        <source>Create %n CRM user(s) as resources? [y/N] </source>
        <translation>
            <numerusform>Créer %n utilisateur CRM comme ressource&#xa0;? [y/N] </numerusform>
            <numerusform>Créer %n utilisateurs CRM comme ressources&#xa0;? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="224"/>
        <source>%n CRM user(s) not created: creating users needs --yes (or &quot;y&quot; at the prompt). The links are applied.</source>
        <translation>
            <numerusform>%n utilisateur CRM non créé&#xa0;: la création d&apos;utilisateurs exige --yes (ou «&#xa0;y&#xa0;» à l&apos;invite). Les liens sont appliqués.</numerusform>
            <numerusform>%n utilisateurs CRM non créés&#xa0;: la création d&apos;utilisateurs exige --yes (ou «&#xa0;y&#xa0;» à l&apos;invite). Les liens sont appliqués.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="231"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="258"/>
        <source>User sync plan for %1: %2 mailboxes, %3 CRM users</source>
        <translation>Plan de synchronisation des utilisateurs pour %1&#xa0;: %2 boîtes aux lettres, %3 utilisateurs CRM</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="264"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="272"/>
        <source>(stored id %1, e-mail %2, alias %3, name %4)</source>
        <translation>(id enregistré %1, e-mail %2, alias %3, nom %4)</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="278"/>
        <source>as resources (Create CRM Users)</source>
        <translation>comme ressources (Créer les utilisateurs CRM)</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="286"/>
        <source>Links:</source>
        <translation>Liens&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="286"/>
        <source>Creations:</source>
        <translation>Créations&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="287"/>
        <source>Unlinks:</source>
        <translation>Suppressions de liens&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="287"/>
        <source>Exclusions:</source>
        <translation>Exclusions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="288"/>
        <source>Conflicts:</source>
        <translation>Conflits&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="288"/>
        <source>Not linked:</source>
        <translation>Non liés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="303"/>
        <source>%1 (%2 %3) &lt;- %4, resource</source>
        <translation>%1 (%2 %3) &lt;- %4, ressource</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="317"/>
        <source> [with %1]</source>
        <translation> [avec %1]</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="350"/>
        <source>nothing was applied: %1</source>
        <translation>rien n&apos;a été appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="353"/>
        <source>Applied in %1 ms: %2 linked, %3 created, %4 unlinked, %5 excluded, %6 unchanged, %7 conflicts, %8 not linked</source>
        <translation>Appliqué en %1 ms&#xa0;: %2 liés, %3 créés, %4 déliés, %5 exclus, %6 inchangés, %7 conflits, %8 non liés</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="366"/>
        <source>%n creation(s) declined.</source>
        <translation>
            <numerusform>%n création refusée.</numerusform>
            <numerusform>%n créations refusées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="369"/>
        <source>%n user(s) failed; see the lines above and `cxsync users list`</source>
        <translation>
            <numerusform>%n utilisateur en échec&#xa0;; voir les lignes ci-dessus et `cxsync users list`</numerusform>
            <numerusform>%n utilisateurs en échec&#xa0;; voir les lignes ci-dessus et `cxsync users list`</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="372"/>
        <source>Interrupted by %1: %2 change(s) applied (%3 linked, %4 created, %5 unlinked), %6 failed, %7 not started; run `cxsync users sync` again to finish.</source>
        <translation>Interrompu par %1&#xa0;: %2 modification(s) appliquée(s) (%3 liés, %4 créés, %5 déliés), %6 en échec, %7 non commencées&#xa0;; relancez `cxsync users sync` pour terminer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="384"/>
        <source>cancelled: %n change(s) not started; run the sync again</source>
        <translation>
            <numerusform>annulé&#xa0;: %n modification non commencée&#xa0;; relancez la synchronisation</numerusform>
            <numerusform>annulé&#xa0;: %n modifications non commencées&#xa0;; relancez la synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="397"/>
        <source>%1: finishing the writes under way, starting no new ones… (press Ctrl+C again to quit at once)</source>
        <translation>%1&#xa0;: fin des écritures en cours, aucune nouvelle n&apos;est commencée… (appuyez à nouveau sur Ctrl+C pour quitter immédiatement)</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="405"/>
        <source>Interrupted by %1 before anything was written; the plan was not applied.</source>
        <translation>Interrompu par %1 avant toute écriture&#xa0;; le plan n&apos;a pas été appliqué.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="427"/>
        <source>No users in the journal yet: run `cxsync users sync`.</source>
        <translation>Aucun utilisateur dans le journal pour l&apos;instant&#xa0;: exécutez `cxsync users sync`.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="437"/>
        <source>LOGON</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="437"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="437"/>
        <source>MAILBOX</source>
        <translation>BOÎTE AUX LETTRES</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="439"/>
        <source>EXCHANGE SERVER</source>
        <translation>SERVEUR EXCHANGE</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="440"/>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="440"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="440"/>
        <source>LAST SYNC</source>
        <translation>DERNIÈRE SYNCHRO</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="440"/>
        <source>DETAILS</source>
        <translation>DÉTAILS</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="447"/>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="474"/>
        <source>%1 is disabled: it is not synchronized, and user sync does not link it again until `cxsync users enable %2`.</source>
        <translation>%1 est désactivé&#xa0;: il n&apos;est pas synchronisé, et la synchronisation des utilisateurs ne le lie plus jusqu&apos;à `cxsync users enable %2`.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="492"/>
        <source>%1 is enabled: the next `cxsync users sync` links it.</source>
        <translation>%1 est activé&#xa0;: le prochain `cxsync users sync` le lie.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="501"/>
        <source>which CRM users are synchronized with which mailboxes</source>
        <translation>quels utilisateurs CRM sont synchronisés avec quelles boîtes aux lettres</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="512"/>
        <source>link CRM users to mailboxes (and create missing ones as resources):
prints the plan, then applies it; creating users needs --yes</source>
        <translation>lie les utilisateurs CRM aux boîtes aux lettres (et crée ceux qui manquent
comme ressources)&#xa0;: affiche le plan, puis l&apos;applique&#xa0;; créer des utilisateurs
exige --yes</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="516"/>
        <source>Create the CRM users the plan lists without asking.</source>
        <translation>Créer sans demander les utilisateurs CRM que liste le plan.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="521"/>
        <source>every CRM user&apos;s link, rule, state and last sync (from the journal)</source>
        <translation>le lien, la règle, l&apos;état et la dernière synchronisation de chaque utilisateur
CRM (depuis le journal)</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="525"/>
        <source>stop syncing a user and keep user sync from relinking it</source>
        <translation>cesse de synchroniser un utilisateur et empêche la synchronisation des
utilisateurs de le relier</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="528"/>
        <source>let user sync link it again (USER: logon, CRM id or mailbox)</source>
        <translation>permet à la synchronisation des utilisateurs de le lier à nouveau (USER&#xa0;:
identifiant, id CRM ou boîte aux lettres)</translation>
    </message>
</context>
<context>
    <name>cxsync::UsersPage</name>
    <message>
        <location filename="../ui/UsersPage.cpp" line="90"/>
        <source>Filter by logon, name, mailbox, rule, state or message</source>
        <translation>Filtrer par identifiant, nom, boîte aux lettres, règle, état ou message</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="94"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="97"/>
        <source>With errors</source>
        <translation>Avec erreurs</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="98"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="106"/>
        <source>CRM user</source>
        <translation>Utilisateur CRM</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="106"/>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="106"/>
        <source>Exchange Server</source>
        <translation>Serveur Exchange</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="106"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="107"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="107"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="107"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="107"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="130"/>
        <location filename="../ui/UsersPage.cpp" line="480"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="133"/>
        <source>Stop synchronizing the selected users: their Exchange user id is cleared in the CRM, and user sync does not link them again until they are enabled.</source>
        <translation>Cesser de synchroniser les utilisateurs sélectionnés&#xa0;: leur identifiant d&apos;utilisateur Exchange est effacé dans le CRM, et la synchronisation des utilisateurs ne les lie plus tant qu&apos;ils ne sont pas réactivés.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="135"/>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="137"/>
        <source>Let user sync link the selected users again.</source>
        <translation>Permettre à la synchronisation des utilisateurs de lier à nouveau les utilisateurs sélectionnés.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="138"/>
        <location filename="../ui/UsersPage.cpp" line="546"/>
        <source>Test Mailbox Access</source>
        <translation>Tester l&apos;accès à la boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="140"/>
        <source>Read the selected user&apos;s calendar as synchronization will.</source>
        <translation>Lire le calendrier de l&apos;utilisateur sélectionné comme le fera la synchronisation.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="144"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="155"/>
        <source>Sync Users With CRM And Install Scripts</source>
        <translation>Synchroniser les utilisateurs avec le CRM et installer les scripts</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="158"/>
        <source>Link every CRM user to its mailbox (stored id, e-mail, alias, then unique first + last name) and, with Create CRM Users, create the missing ones as resources. You see the plan before anything is written.</source>
        <translation>Lie chaque utilisateur CRM à sa boîte aux lettres (id enregistré, e-mail, alias, puis prénom + nom uniques) et, avec Créer les utilisateurs CRM, crée ceux qui manquent comme ressources. Vous voyez le plan avant toute écriture.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="209"/>
        <location filename="../ui/UsersPage.cpp" line="257"/>
        <source>No users yet: Sync Users With CRM (Actions) reads both sides and shows a preview.</source>
        <translation>Aucun utilisateur pour l&apos;instant&#xa0;: Synchroniser les utilisateurs avec le CRM (Actions) lit les deux côtés et affiche un aperçu.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="215"/>
        <source>The journal cannot be read: %1</source>
        <translation>Le journal ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="238"/>
        <location filename="../ui/UsersPage.cpp" line="285"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="260"/>
        <source>%1 CRM users: %2 linked, %3 not linked, %4 excluded, %5 in conflict, %6 with errors.</source>
        <translation>%1 utilisateurs CRM&#xa0;: %2 liés, %3 non liés, %4 exclus, %5 en conflit, %6 avec erreurs.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="284"/>
        <source>%1 (not in this profile)</source>
        <translation>%1 (absent de ce profil)</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="285"/>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="313"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="327"/>
        <source>Sync Users: already running; Cancel on the Users page stops it.</source>
        <translation>Synchronisation des utilisateurs&#xa0;: déjà en cours&#xa0;; Annuler sur la page Utilisateurs l&apos;arrête.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="330"/>
        <source>Sync Users: reading…</source>
        <translation>Synchronisation des utilisateurs&#xa0;: lecture…</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="332"/>
        <source>Sync Users With CRM: reading the mailboxes and the CRM users (saved settings: %1)…</source>
        <translation>Synchroniser les utilisateurs avec le CRM&#xa0;: lecture des boîtes aux lettres et des utilisateurs CRM (paramètres enregistrés&#xa0;: %1)…</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="334"/>
        <source>Sync Users</source>
        <translation>Synchronisation des utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="346"/>
        <source>Sync Users: %1</source>
        <translation>Synchronisation des utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="359"/>
        <source>Sync Users: warning: %1</source>
        <translation>Synchronisation des utilisateurs&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="361"/>
        <source>Sync Users: %1 to link, %2 to create, %3 to unlink, %4 conflicts, %5 not linked. Review the preview; nothing is written until Apply.</source>
        <translation>Synchronisation des utilisateurs&#xa0;: %1 à lier, %2 à créer, %3 à délier, %4 conflits, %5 non liés. Vérifiez l&apos;aperçu&#xa0;; rien n&apos;est écrit avant Appliquer.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="373"/>
        <source>Sync Users: cancelled at the preview; nothing was written.</source>
        <translation>Synchronisation des utilisateurs&#xa0;: annulée à l&apos;aperçu&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersPage.cpp" line="385"/>
        <source>Sync Users: %n CRM user(s) will not be created, as chosen.</source>
        <translation>
            <numerusform>Synchronisation des utilisateurs&#xa0;: %n utilisateur CRM ne sera pas créé, comme choisi.</numerusform>
            <numerusform>Synchronisation des utilisateurs&#xa0;: %n utilisateurs CRM ne seront pas créés, comme choisi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="386"/>
        <source>Sync Users: %v of %m</source>
        <translation>Synchronisation des utilisateurs&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="393"/>
        <source>Sync Users: %1: %2</source>
        <translation>Synchronisation des utilisateurs&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="404"/>
        <source>Sync Users: nothing was applied: %1</source>
        <translation>Synchronisation des utilisateurs&#xa0;: rien n&apos;a été appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="407"/>
        <source>Sync Users: %1 linked, %2 created as resources, %3 unlinked, %4 excluded, %5 unchanged, %6 conflicts, %7 not linked, %8 failed (%9 ms).</source>
        <translation>Synchronisation des utilisateurs&#xa0;: %1 liés, %2 créés comme ressources, %3 déliés, %4 exclus, %5 inchangés, %6 conflits, %7 non liés, %8 en échec (%9 ms).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersPage.cpp" line="420"/>
        <source>Sync Users: cancelled; %n change(s) were not started. Run it again to finish.</source>
        <translation>
            <numerusform>Synchronisation des utilisateurs&#xa0;: annulée&#xa0;; %n modification n&apos;a pas été commencée. Relancez-la pour terminer.</numerusform>
            <numerusform>Synchronisation des utilisateurs&#xa0;: annulée&#xa0;; %n modifications n&apos;ont pas été commencées. Relancez-la pour terminer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="426"/>
        <source>Install Scripts: not started, as the user sync did not complete.</source>
        <translation>Installer les scripts&#xa0;: non démarré, car la synchronisation des utilisateurs ne s&apos;est pas terminée.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="453"/>
        <source>Sync Users: cancelling; the writes under way finish first…</source>
        <translation>Synchronisation des utilisateurs&#xa0;: annulation&#xa0;; les écritures en cours se terminent d&apos;abord…</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="502"/>
        <source>%1 disabled: not synchronized, and not linked again by user sync until enabled.</source>
        <translation>%1 désactivé&#xa0;: non synchronisé, et non relié par la synchronisation des utilisateurs tant qu&apos;il n&apos;est pas activé.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="505"/>
        <source>Disable: %1</source>
        <translation>Désactiver&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="517"/>
        <location filename="../ui/UsersPage.cpp" line="529"/>
        <source>Enable: %1</source>
        <translation>Activer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="527"/>
        <source>%1 enabled: the next Sync Users links it.</source>
        <translation>%1 activé&#xa0;: la prochaine synchronisation des utilisateurs le lie.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="545"/>
        <source>Test Mailbox Access: reading the calendar of %1…</source>
        <translation>Tester l&apos;accès à la boîte aux lettres&#xa0;: lecture du calendrier de %1…</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="557"/>
        <source>Test Mailbox Access: %1.</source>
        <translation>Tester l&apos;accès à la boîte aux lettres&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="558"/>
        <source>Test Mailbox Access failed: %1</source>
        <translation>Échec du test d&apos;accès à la boîte aux lettres&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::UsersPreviewDialog</name>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="19"/>
        <source>Sync Users With CRM: preview</source>
        <translation>Synchroniser les utilisateurs avec le CRM&#xa0;: aperçu</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="30"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="30"/>
        <source>CRM user</source>
        <translation>Utilisateur CRM</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="30"/>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="30"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="30"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersPreviewDialog.cpp" line="38"/>
        <source>Show the %n unchanged user(s)</source>
        <translation>
            <numerusform>Afficher l&apos;utilisateur inchangé (%n)</numerusform>
            <numerusform>Afficher les %n utilisateurs inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersPreviewDialog.cpp" line="45"/>
        <source>Create %n missing CRM user(s) as resources (they use no licence)</source>
        <translation>
            <numerusform>Créer %n utilisateur CRM manquant comme ressource (sans licence)</numerusform>
            <numerusform>Créer %n utilisateurs CRM manquants comme ressources (sans licence)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="52"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="82"/>
        <source>%1 mailboxes and %2 CRM users. To link: %3 (stored id %4, e-mail %5, alias %6, name %7). To create as resources: %8. To unlink: %9. To exclude: %10. Unchanged: %11. Conflicts: %12. Not linked: %13. Nothing is written until you press Apply.</source>
        <translation>%1 boîtes aux lettres et %2 utilisateurs CRM. À lier&#xa0;: %3 (id enregistré %4, e-mail %5, alias %6, nom %7). À créer comme ressources&#xa0;: %8. À délier&#xa0;: %9. À exclure&#xa0;: %10. Inchangés&#xa0;: %11. Conflits&#xa0;: %12. Non liés&#xa0;: %13. Rien n&apos;est écrit avant que vous appuyiez sur Appliquer.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="113"/>
        <source>%1 (new resource)</source>
        <translation>%1 (nouvelle ressource)</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="116"/>
        <source> [with %1]</source>
        <translation> [avec %1]</translation>
    </message>
</context>
<context>
    <name>cxsync::VersionCommand</name>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="54"/>
        <source>print the version</source>
        <translation>affiche la version</translation>
    </message>
</context>
<context>
    <name>cxsync::canary::Canary</name>
    <message>
        <location filename="../core/canary/Canary.cpp" line="24"/>
        <source>Written by the CRM Exchange Sync canary to measure how long a change takes to reach the other side. It is private, has no attendees and is deleted again automatically.</source>
        <translation>Écrit par le témoin de CRM Exchange Sync pour mesurer le temps qu&apos;une modification met à atteindre l&apos;autre côté. Il est privé, n&apos;a pas de participants et est supprimé automatiquement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/canary/Canary.cpp" line="63"/>
        <source>not seen on the other side within %n second(s)</source>
        <translation>
            <numerusform>pas vu de l&apos;autre côté en %n seconde</numerusform>
            <numerusform>pas vu de l&apos;autre côté en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="106"/>
        <source>the canary CRM user &apos;%1&apos; is not linked to a mailbox; run Sync Users With CRM first</source>
        <translation>l&apos;utilisateur CRM témoin «&#xa0;%1&#xa0;» n&apos;est lié à aucune boîte aux lettres&#xa0;; exécutez d&apos;abord Synchroniser les utilisateurs avec le CRM</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="112"/>
        <source>the canary CRM user &apos;%1&apos; is linked to %2, not to the canary mailbox %3</source>
        <translation>l&apos;utilisateur CRM témoin «&#xa0;%1&#xa0;» est lié à %2, et non à la boîte aux lettres témoin %3</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="118"/>
        <source>the canary CRM user &apos;%1&apos; is not among the synchronized users</source>
        <translation>l&apos;utilisateur CRM témoin «&#xa0;%1&#xa0;» ne fait pas partie des utilisateurs synchronisés</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="155"/>
        <source>Canary: cannot record the round, none is run: %1</source>
        <translation>Témoin&#xa0;: impossible d&apos;enregistrer le tour, aucun n&apos;est exécuté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="180"/>
        <location filename="../core/canary/Canary.cpp" line="283"/>
        <location filename="../core/canary/Canary.cpp" line="303"/>
        <location filename="../core/canary/Canary.cpp" line="317"/>
        <source>Canary: %1</source>
        <translation>Témoin&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="198"/>
        <source>the CRM refused the canary appointment: %1</source>
        <translation>le CRM a refusé le rendez-vous témoin&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="205"/>
        <location filename="../core/canary/Canary.cpp" line="478"/>
        <location filename="../core/canary/Canary.cpp" line="505"/>
        <source>no Exchange connection</source>
        <translation>pas de connexion Exchange</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="221"/>
        <source>Exchange refused the canary item: %1</source>
        <translation>Exchange a refusé l&apos;élément témoin&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="285"/>
        <source>Canary %1 arrived late: %2 ms (threshold %3 ms).</source>
        <translation>Le témoin %1 est arrivé en retard&#xa0;: %2 ms (seuil %3 ms).</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="289"/>
        <source>Canary %1 arrived in %2 ms.</source>
        <translation>Le témoin %1 est arrivé en %2 ms.</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="306"/>
        <source>Canary %1 %2: %3</source>
        <translation>Témoin %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="319"/>
        <source>Canary: the items of round %1 could not all be removed (tried again before the next round): %2</source>
        <translation>Témoin&#xa0;: les éléments du tour %1 n&apos;ont pas tous pu être supprimés (nouvel essai avant le prochain tour)&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/canary/Canary.cpp" line="348"/>
        <source>Canary: removed the items of %n unfinished round(s).</source>
        <translation>
            <numerusform>Témoin&#xa0;: éléments de %n tour inachevé supprimés.</numerusform>
            <numerusform>Témoin&#xa0;: éléments de %n tours inachevés supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="360"/>
        <source>interrupted (the service stopped during the round)</source>
        <translation>interrompu (le service s&apos;est arrêté pendant le tour)</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="366"/>
        <source>round %1: %2</source>
        <translation>tour %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="411"/>
        <source>CRM communication %1 not deleted: %2</source>
        <translation>communication CRM %1 non supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="429"/>
        <source>Exchange item %1 not deleted: %2</source>
        <translation>élément Exchange %1 non supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="448"/>
        <source>the CRM change feed could not be searched: %1</source>
        <translation>le flux de modifications du CRM n&apos;a pas pu être parcouru&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="471"/>
        <source>the CRM could not be searched: %1</source>
        <translation>le CRM n&apos;a pas pu être parcouru&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="489"/>
        <source>the canary mailbox could not be searched: %1</source>
        <translation>la boîte aux lettres témoin n&apos;a pas pu être parcourue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::canary::CanaryJournal</name>
    <message>
        <location filename="../core/canary/CanaryJournal.cpp" line="156"/>
        <location filename="../core/health/HealthReport.cpp" line="480"/>
        <source>canary round %1 has an unknown state &apos;%2&apos;</source>
        <translation>le tour de témoin %1 a un état inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/canary/CanaryJournal.cpp" line="198"/>
        <source>cannot start a journal transaction</source>
        <translation>impossible de démarrer une transaction du journal</translation>
    </message>
</context>
<context>
    <name>cxsync::consistency::ConsistencyAnalysis</name>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="131"/>
        <source>the link joins an Outlook item and CRM communication %1 that are both gone</source>
        <translation>le lien relie un élément Outlook et la communication CRM %1, qui ont tous deux disparu</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="134"/>
        <source>linked to CRM communication %1, but the Outlook item is gone</source>
        <translation>lié à la communication CRM %1, mais l&apos;élément Outlook a disparu</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="135"/>
        <source>the Outlook item is linked to CRM communication %1, which is gone</source>
        <translation>l&apos;élément Outlook est lié à la communication CRM %1, qui a disparu</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="138"/>
        <source>drop the link; the next sync acts on what is left by its rules</source>
        <translation>supprimer le lien&#xa0;; la prochaine synchronisation traite ce qui reste selon ses règles</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="167"/>
        <source>the Outlook item and CRM communication %1 differ in: %2</source>
        <translation>l&apos;élément Outlook et la communication CRM %1 diffèrent sur&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="175"/>
        <source>a meeting organized outside the synchronized mailboxes: Outlook&apos;s version is kept</source>
        <translation>une réunion organisée en dehors des boîtes aux lettres synchronisées&#xa0;: la version Outlook est conservée</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="178"/>
        <source>changed in Outlook since the last sync</source>
        <translation>modifié dans Outlook depuis la dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="181"/>
        <source>changed in the CRM since the last sync</source>
        <translation>modifié dans le CRM depuis la dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="184"/>
        <source>the conflict policy (%1) keeps the %2 version</source>
        <translation>la règle de conflit (%1) conserve la version %2</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="186"/>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="491"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="186"/>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="491"/>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="191"/>
        <source>left alone: Exchange -&gt; CRM is switched off (%1)</source>
        <translation>laissé tel quel&#xa0;: Exchange -&gt; CRM est désactivé (%1)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="194"/>
        <source>write the Outlook version to the CRM (%1)</source>
        <translation>écrire la version Outlook dans le CRM (%1)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="200"/>
        <source>left alone: CRM -&gt; Exchange is switched off (%1)</source>
        <translation>laissé tel quel&#xa0;: CRM -&gt; Exchange est désactivé (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="202"/>
        <source>left for the admin: writing the CRM version to Outlook would notify %n attendee(s) (%1)</source>
        <translation>
            <numerusform>laissé à l&apos;administrateur&#xa0;: écrire la version CRM dans Outlook préviendrait %n participant (%1)</numerusform>
            <numerusform>laissé à l&apos;administrateur&#xa0;: écrire la version CRM dans Outlook préviendrait %n participants (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="208"/>
        <source>write the CRM version to Outlook (%1)</source>
        <translation>écrire la version CRM dans Outlook (%1)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="270"/>
        <source>CRM communication %1 is a second record of the meeting (Exchange id %2) that communication %3 is linked to</source>
        <translation>la communication CRM %1 est un second enregistrement de la réunion (id Exchange %2) à laquelle la communication %3 est liée</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="275"/>
        <source>delete it: the sync made it (it carries the meeting&apos;s Exchange id) and communication %1 keeps the meeting</source>
        <translation>la supprimer&#xa0;: la synchronisation l&apos;a créée (elle porte l&apos;id Exchange de la réunion) et la communication %1 conserve la réunion</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="279"/>
        <source>%n CRM communications carry the Exchange id %1 and none is linked</source>
        <translation>
            <numerusform>%n communication CRM porte l&apos;id Exchange %1 et aucune n&apos;est liée</numerusform>
            <numerusform>%n communications CRM portent l&apos;id Exchange %1 et aucune n&apos;est liée</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="283"/>
        <source>left for the admin: none of them is linked, so which one keeps the meeting is not known</source>
        <translation>laissé à l&apos;administrateur&#xa0;: aucune n&apos;est liée, on ne sait donc pas laquelle conserve la réunion</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="286"/>
        <source>%n CRM communications carry the Exchange id %1 and are linked</source>
        <translation>
            <numerusform>%n communication CRM porte l&apos;id Exchange %1 et est liée</numerusform>
            <numerusform>%n communications CRM portent l&apos;id Exchange %1 et sont liées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="289"/>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="344"/>
        <source>left for the admin: several of them are linked</source>
        <translation>laissé à l&apos;administrateur&#xa0;: plusieurs d&apos;entre elles sont liées</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="339"/>
        <source>%n Outlook items of this mailbox are for CRM communication %1</source>
        <translation>
            <numerusform>%n élément Outlook de cette boîte aux lettres est pour la communication CRM %1</numerusform>
            <numerusform>%n éléments Outlook de cette boîte aux lettres sont pour la communication CRM %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="347"/>
        <source>left for the admin: none of them is linked, so which one to keep is not known</source>
        <translation>laissé à l&apos;administrateur&#xa0;: aucun n&apos;est lié, on ne sait donc pas lequel conserver</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="350"/>
        <source>left alone: this item was not created by the sync</source>
        <translation>laissé tel quel&#xa0;: cet élément n&apos;a pas été créé par la synchronisation</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="352"/>
        <source>left for the admin: deleting it would notify %n attendee(s)</source>
        <translation>
            <numerusform>laissé à l&apos;administrateur&#xa0;: le supprimer préviendrait %n participant</numerusform>
            <numerusform>laissé à l&apos;administrateur&#xa0;: le supprimer préviendrait %n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="357"/>
        <source>delete it: the sync created it (its transaction id names communication %1), and the linked item keeps the meeting</source>
        <translation>le supprimer&#xa0;: la synchronisation l&apos;a créé (son id de transaction nomme la communication %1), et l&apos;élément lié conserve la réunion</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="432"/>
        <source>CRM communication %1 and %n Outlook item(s) have the same subject and start but no link</source>
        <translation>
            <numerusform>la communication CRM %1 et %n élément Outlook ont le même objet et le même début mais aucun lien</numerusform>
            <numerusform>la communication CRM %1 et %n éléments Outlook ont le même objet et le même début mais aucun lien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="438"/>
        <source>left for the admin: %n Outlook meetings match it</source>
        <translation>
            <numerusform>laissé à l&apos;administrateur&#xa0;: %n réunion Outlook y correspond</numerusform>
            <numerusform>laissé à l&apos;administrateur&#xa0;: %n réunions Outlook y correspondent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="441"/>
        <source>link them, as the sync links another copy of a meeting</source>
        <translation>les lier, comme la synchronisation lie une autre copie d&apos;une réunion</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="452"/>
        <source>left for the admin: several CRM communications match the same Outlook item</source>
        <translation>laissé à l&apos;administrateur&#xa0;: plusieurs communications CRM correspondent au même élément Outlook</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="472"/>
        <source>they differ in: %1</source>
        <translation>ils diffèrent sur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="480"/>
        <source>then write the Outlook version to the CRM (%1)</source>
        <translation>puis écrire la version Outlook dans le CRM (%1)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="485"/>
        <source>then write the CRM version to Outlook (%1)</source>
        <translation>puis écrire la version CRM dans Outlook (%1)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="488"/>
        <source>the fields that differ are left for the admin (%1 keeps the %2 version, which cannot be written without notifying anyone or with this direction off)</source>
        <translation>les champs qui diffèrent sont laissés à l&apos;administrateur (%1 conserve la version %2, qui ne peut pas être écrite sans prévenir quelqu&apos;un ou avec ce sens désactivé)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="511"/>
        <source>left for the admin: %1 deletes of %2 items in this mailbox exceed the mass-delete safety share (%3 %)</source>
        <translation>laissé à l&apos;administrateur&#xa0;: %1 suppressions sur %2 éléments de cette boîte aux lettres dépassent la part de sécurité des suppressions massives (%3 %)</translation>
    </message>
</context>
<context>
    <name>cxsync::consistency::ConsistencyChecker</name>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="129"/>
        <source>No linked user &quot;%1&quot; (see cxsync users list).</source>
        <translation>Aucun utilisateur lié «&#xa0;%1&#xa0;» (voir cxsync users list).</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="132"/>
        <source>The Exchange side is not available with these settings.</source>
        <translation>Le côté Exchange n&apos;est pas disponible avec ces paramètres.</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="180"/>
        <source>%1: reading the calendar failed: %2</source>
        <translation>%1&#xa0;: la lecture du calendrier a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="181"/>
        <source>the server refused a full read</source>
        <translation>le serveur a refusé une lecture complète</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="184"/>
        <source>%1: not read</source>
        <translation>%1&#xa0;: non lu</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="221"/>
        <source>%1: %n Outlook item(s) read</source>
        <translation>
            <numerusform>%1&#xa0;: %n élément Outlook lu</numerusform>
            <numerusform>%1&#xa0;: %n éléments Outlook lus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="234"/>
        <source>Reading the CRM failed: %1</source>
        <translation>La lecture du CRM a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="249"/>
        <source>CRM: %n appointment(s) read</source>
        <translation>
            <numerusform>CRM&#xa0;: %n rendez-vous lu</numerusform>
            <numerusform>CRM&#xa0;: %n rendez-vous lus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="328"/>
        <source>comparing</source>
        <translation>comparaison</translation>
    </message>
</context>
<context>
    <name>cxsync::consistency::ConsistencyRepairer</name>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="136"/>
        <source>%1: left alone: %2</source>
        <translation>%1&#xa0;: laissé tel quel&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="140"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="243"/>
        <source>The new link was not found.</source>
        <translation>Le nouveau lien est introuvable.</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="263"/>
        <source>No Exchange side.</source>
        <translation>Pas de côté Exchange.</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="270"/>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="313"/>
        <source>already gone</source>
        <translation>déjà disparu</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="280"/>
        <source>the item changed since the check; check again</source>
        <translation>l&apos;élément a changé depuis la vérification&#xa0;; vérifiez à nouveau</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="318"/>
        <source>already deleted</source>
        <translation>déjà supprimé</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="325"/>
        <source>the record changed since the check; check again</source>
        <translation>l&apos;enregistrement a changé depuis la vérification&#xa0;; vérifiez à nouveau</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="416"/>
        <source>%1: would %2</source>
        <translation>%1&#xa0;: action prévue&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="431"/>
        <source>Dry run: %n repair(s) planned, nothing written; %1 finding(s) left for the admin.</source>
        <translation>
            <numerusform>Simulation&#xa0;: %n réparation prévue, rien d&apos;écrit&#xa0;; %1 constat(s) laissé(s) à l&apos;administrateur.</numerusform>
            <numerusform>Simulation&#xa0;: %n réparations prévues, rien d&apos;écrit&#xa0;; %1 constat(s) laissé(s) à l&apos;administrateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="434"/>
        <source>%n repair(s) done</source>
        <translation>
            <numerusform>%n réparation effectuée</numerusform>
            <numerusform>%n réparations effectuées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="436"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="438"/>
        <source>%n left alone</source>
        <translation>
            <numerusform>%n laissé tel quel</numerusform>
            <numerusform>%n laissés tels quels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="440"/>
        <source>stopped before the end</source>
        <translation>arrêté avant la fin</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="441"/>
        <source>%1 (%2 ms).</source>
        <translation>%1 (%2 ms).</translation>
    </message>
</context>
<context>
    <name>cxsync::consistency::ConsistencyText</name>
    <message>
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="32"/>
        <source>Orphan</source>
        <translation>Orphelin</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="34"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="36"/>
        <source>Unlinked twin</source>
        <translation>Jumeau non lié</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="38"/>
        <source>Field drift</source>
        <translation>Divergence de champs</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="108"/>
        <source>(CRM)</source>
        <translation>(CRM)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="117"/>
        <source>%n mailbox(es), %1 Outlook item(s), %2 CRM record(s), %3 link(s)</source>
        <translation>
            <numerusform>%n boîte aux lettres, %1 élément(s) Outlook, %2 enregistrement(s) CRM, %3 lien(s)</numerusform>
            <numerusform>%n boîtes aux lettres, %1 élément(s) Outlook, %2 enregistrement(s) CRM, %3 lien(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="122"/>
        <source>No inconsistencies found (%1).</source>
        <translation>Aucune incohérence trouvée (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="123"/>
        <source>%n finding(s): %1 orphan(s), %2 duplicate(s), %3 unlinked twin(s), %4 with field drift (%5).</source>
        <translation>
            <numerusform>%n constat&#xa0;: %1 orphelin(s), %2 doublon(s), %3 jumeau(x) non lié(s), %4 avec divergence de champs (%5).</numerusform>
            <numerusform>%n constats&#xa0;: %1 orphelin(s), %2 doublon(s), %3 jumeau(x) non lié(s), %4 avec divergence de champs (%5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxsync::crm::sagecrm::SageCrmConnector</name>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="130"/>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="291"/>
        <source>The CRM sent an invalid %1 in %2: %3.</source>
        <translation>Le CRM a envoyé un %1 invalide dans %2&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="154"/>
        <source>The CRM sent a %1 page without $resources.</source>
        <translation>Le CRM a envoyé une page %1 sans $resources.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="160"/>
        <source>The CRM sent a %1 page without a valid $totalResults.</source>
        <translation>Le CRM a envoyé une page %1 sans $totalResults valide.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="167"/>
        <source>The CRM sent a %1 page with a row that is not an object.</source>
        <translation>Le CRM a envoyé une page %1 avec une ligne qui n&apos;est pas un objet.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="307"/>
        <source>&apos;%1&apos; is not yyyy-MM-ddTHH:mm:ss</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas au format yyyy-MM-ddTHH:mm:ss</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="313"/>
        <source>&apos;%1&apos; is not a valid date/time</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date/heure valide</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="419"/>
        <source>CRM rejected the logon &apos;%1&apos;: wrong user name or password (HTTP 401).</source>
        <translation>Le CRM a refusé la connexion «&#xa0;%1&#xa0;»&#xa0;: nom d&apos;utilisateur ou mot de passe incorrect (HTTP 401).</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="428"/>
        <source>The CRM has no field %1 (it answered: %2). Add it in Sage CRM under Administration | Customization | %3 | Fields | New: a Text field with the column name %4, length 255; then run Install Scripts again.</source>
        <translation>Le CRM n&apos;a pas de champ %1 (il a répondu&#xa0;: %2). Ajoutez-le dans Sage CRM sous Administration | Customization | %3 | Fields | New&#xa0;: un champ Text avec le nom de colonne %4, longueur 255&#xa0;; puis relancez Installer les scripts.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="438"/>
        <source>CRM user &apos;%1&apos; may not use the REST API: %2</source>
        <translation>L&apos;utilisateur CRM «&#xa0;%1&#xa0;» ne peut pas utiliser l&apos;API REST&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="479"/>
        <source>The CRM answered %1 with something that is not a JSON object.</source>
        <translation>Le CRM a répondu à %1 avec autre chose qu&apos;un objet JSON.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="487"/>
        <source>The CRM accepted %1 but its answer could not be read; the write is checked before it is repeated.</source>
        <translation>Le CRM a accepté %1 mais sa réponse n&apos;a pas pu être lue&#xa0;; l&apos;écriture est vérifiée avant d&apos;être répétée.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="531"/>
        <source>Internal error: an invalid CRM query.</source>
        <translation>Erreur interne&#xa0;: une requête CRM invalide.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="584"/>
        <source>Sage CRM before 2024 R2: single-condition filters; records are ordered and paged by the synchronization (count/startIndex).</source>
        <translation>Sage CRM antérieur à 2024 R2&#xa0;: filtres à une seule condition&#xa0;; les enregistrements sont triés et paginés par la synchronisation (count/startIndex).</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="588"/>
        <source>Sage CRM 2024 R2 or later: orderBy and combined filters.</source>
        <translation>Sage CRM 2024 R2 ou ultérieur&#xa0;: orderBy et filtres combinés.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="607"/>
        <source>CRM accepted the logon &apos;%1&apos; but lists no user with it.</source>
        <translation>Le CRM a accepté la connexion «&#xa0;%1&#xa0;» mais ne liste aucun utilisateur avec cet identifiant.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="675"/>
        <source>$prototypes/%1 lists its fields in a shape this version does not know</source>
        <translation>$prototypes/%1 liste ses champs sous une forme que cette version ne connaît pas</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="680"/>
        <source>the CRM has no $prototypes/%1 (HTTP %2)</source>
        <translation>le CRM n&apos;a pas de $prototypes/%1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="702"/>
        <source>%1; no %2 record exists to show its fields</source>
        <translation>%1&#xa0;; aucun enregistrement %2 n&apos;existe pour montrer ses champs</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="704"/>
        <source>%1; checked on a %2 record instead</source>
        <translation>%1&#xa0;; vérifié à la place sur un enregistrement %2</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="754"/>
        <source>&apos;%1&apos; is not a CRM user id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un id d&apos;utilisateur CRM.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="772"/>
        <source>A CRM user needs a logon.</source>
        <translation>Un utilisateur CRM a besoin d&apos;un identifiant.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="794"/>
        <source>The CRM already has a user with the logon &apos;%1&apos;.</source>
        <translation>Le CRM a déjà un utilisateur avec l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="808"/>
        <source>An appointment needs a valid start and an end not before it.</source>
        <translation>Un rendez-vous a besoin d&apos;un début valide et d&apos;une fin qui ne le précède pas.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="838"/>
        <source>An appointment update needs a CRM id, a start and an end.</source>
        <translation>Une mise à jour de rendez-vous a besoin d&apos;un id CRM, d&apos;un début et d&apos;une fin.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="843"/>
        <source>A reminder needs the appointment&apos;s start.</source>
        <translation>Un rappel a besoin du début du rendez-vous.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="870"/>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="898"/>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="934"/>
        <source>&apos;%1&apos; is not a CRM appointment id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un id de rendez-vous CRM.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="915"/>
        <source>CRM communication %1 is a %2, not an appointment.</source>
        <translation>La communication CRM %1 est un(e) %2, pas un rendez-vous.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="990"/>
        <source>No Exchange id to look for.</source>
        <translation>Aucun id Exchange à rechercher.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="1093"/>
        <source>&apos;%1&apos; is not a CRM id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un id CRM.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="1101"/>
        <source>No CRM appointment id.</source>
        <translation>Aucun id de rendez-vous CRM.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="1311"/>
        <source>The CRM sent %1 with Comm_UpdatedDate %2 when asked for %3.</source>
        <translation>Le CRM a envoyé %1 avec Comm_UpdatedDate %2 alors que %3 était demandé.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::EwsAutodiscover</name>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="135"/>
        <source>The answer is not an Autodiscover document (&lt;%1&gt;).</source>
        <translation>La réponse n&apos;est pas un document Autodiscover (&lt;%1&gt;).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="139"/>
        <source>The Autodiscover answer has no Response.</source>
        <translation>La réponse Autodiscover n&apos;a pas de Response.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="151"/>
        <source>The Autodiscover answer has neither Account nor Error.</source>
        <translation>La réponse Autodiscover n&apos;a ni Account ni Error.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="161"/>
        <source>The Autodiscover answer says %1 but names no target.</source>
        <translation>La réponse Autodiscover indique %1 mais ne nomme aucune cible.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="165"/>
        <source>The Autodiscover answer has the unknown Action &apos;%1&apos;.</source>
        <translation>La réponse Autodiscover a l&apos;Action inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="181"/>
        <source>The Autodiscover answer names no EWS URL (EwsUrl of EXCH or EXPR).</source>
        <translation>La réponse Autodiscover ne nomme aucune URL EWS (EwsUrl de EXCH ou EXPR).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="192"/>
        <source>Autodiscover has nowhere to ask for &apos;%1&apos;: the address has no valid domain.</source>
        <translation>Autodiscover n&apos;a nulle part où interroger pour «&#xa0;%1&#xa0;»&#xa0;: l&apos;adresse n&apos;a pas de domaine valide.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="227"/>
        <source>No Autodiscover endpoint answered.</source>
        <translation>Aucun point de terminaison Autodiscover n&apos;a répondu.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="228"/>
        <source>Autodiscover found no EWS URL for %1: %2</source>
        <translation>Autodiscover n&apos;a trouvé aucune URL EWS pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="258"/>
        <source>the server answered: %1</source>
        <translation>le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="264"/>
        <source>it names the EWS URL %1, which is not reached over https from an https answer; the password is not sent there (set the EWS URL if it is right)</source>
        <translation>elle nomme l&apos;URL EWS %1, qui n&apos;est pas atteinte en https à partir d&apos;une réponse https&#xa0;; le mot de passe n&apos;y est pas envoyé (définissez l&apos;URL EWS si elle est correcte)</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="286"/>
        <source>more than %1 Autodiscover redirects; not followed further</source>
        <translation>plus de %1 redirections Autodiscover&#xa0;; elles ne sont plus suivies</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="293"/>
        <source>it redirects to &apos;%1&apos;, which is not an e-mail address</source>
        <translation>elle redirige vers «&#xa0;%1&#xa0;», qui n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="308"/>
        <source>it redirects to %1, which is not an https URL named by an https answer; not followed, so that the password stays in the organisation</source>
        <translation>elle redirige vers %1, qui n&apos;est pas une URL https nommée par une réponse https&#xa0;; non suivie, afin que le mot de passe reste dans l&apos;organisation</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::EwsConnector</name>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="254"/>
        <source>The Exchange server %1 refused the account %2 (HTTP 401): check the NT Domain\Account and its password; the account may also be locked or its password expired.</source>
        <translation>Le serveur Exchange %1 a refusé le compte %2 (HTTP 401)&#xa0;: vérifiez le Domaine\compte NT et son mot de passe&#xa0;; le compte est peut-être aussi verrouillé ou son mot de passe expiré.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="258"/>
        <source>The Exchange server %1 refused the account %2 access to EWS (HTTP 403).</source>
        <translation>Le serveur Exchange %1 a refusé au compte %2 l&apos;accès à EWS (HTTP 403).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="270"/>
        <source>The Exchange server %1 answered %2 with its error page instead of EWS (the front end redirects there when the mailbox server behind it fails); it is tried again later.</source>
        <translation>Le serveur Exchange %1 a répondu à %2 avec sa page d&apos;erreur au lieu d&apos;EWS (le serveur frontal y redirige lorsque le serveur de boîtes aux lettres derrière lui échoue)&#xa0;; une nouvelle tentative aura lieu plus tard.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="312"/>
        <source>(gave up after %n attempts)</source>
        <translation>
            <numerusform>(abandon après %n tentative)</numerusform>
            <numerusform>(abandon après %n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="392"/>
        <source>EWS answered GetItem for %1 items with %2 response messages.</source>
        <translation>EWS a répondu à GetItem pour %1 éléments avec %2 messages de réponse.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="409"/>
        <source>EWS answered GetItem for item %1 without the item.</source>
        <translation>EWS a répondu à GetItem pour l&apos;élément %1 sans l&apos;élément.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="413"/>
        <source>EWS item %1 is a %2, not a calendar item.</source>
        <translation>L&apos;élément EWS %1 est un(e) %2, pas un élément de calendrier.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="469"/>
        <source>EWS answered GetItem for %1 recurring masters with %2 response messages.</source>
        <translation>EWS a répondu à GetItem pour %1 maîtres de série avec %2 messages de réponse.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="510"/>
        <source>The series master of EWS occurrence %1 could not be read.</source>
        <translation>Le maître de série de l&apos;occurrence EWS %1 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="520"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1137"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1204"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1254"/>
        <source>No event id given.</source>
        <translation>Aucun id d&apos;événement indiqué.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="542"/>
        <source>EWS answered GetItem for one item with %1 response messages.</source>
        <translation>EWS a répondu à GetItem pour un élément avec %1 messages de réponse.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="554"/>
        <source>EWS returned item %1 without ChangeKey.</source>
        <translation>EWS a renvoyé l&apos;élément %1 sans ChangeKey.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="589"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="780"/>
        <source>EWS answered SyncFolderItems with %1 response messages.</source>
        <translation>EWS a répondu à SyncFolderItems avec %1 messages de réponse.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="599"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="797"/>
        <source>EWS answered SyncFolderItems for %1 without SyncState or IncludesLastItemInRange.</source>
        <translation>EWS a répondu à SyncFolderItems pour %1 sans SyncState ni IncludesLastItemInRange.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="650"/>
        <source>EWS answered FindItem with %1 response messages.</source>
        <translation>EWS a répondu à FindItem avec %1 messages de réponse.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="659"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1354"/>
        <source>EWS answered FindItem for %1 without RootFolder.</source>
        <translation>EWS a répondu à FindItem pour %1 sans RootFolder.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="666"/>
        <source>The calendar of %1 holds more items in one hour (from %2) than EWS returns at once.</source>
        <translation>Le calendrier de %1 contient plus d&apos;éléments en une heure (à partir de %2) qu&apos;EWS n&apos;en renvoie en une fois.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="685"/>
        <source>EWS answered FindItem for %1 with an item without ItemId.</source>
        <translation>EWS a répondu à FindItem pour %1 avec un élément sans ItemId.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="701"/>
        <source>The sync window is empty.</source>
        <translation>La fenêtre de synchronisation est vide.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="703"/>
        <source>No mailbox given.</source>
        <translation>Aucune boîte aux lettres indiquée.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="817"/>
        <source>EWS reported a %1 change in the calendar of %2 without ItemId.</source>
        <translation>EWS a signalé une modification %1 dans le calendrier de %2 sans ItemId.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="880"/>
        <source>EWS returned recurring master %1 without UID: its occurrences cannot be found.</source>
        <translation>EWS a renvoyé le maître de série %1 sans UID&#xa0;: ses occurrences sont introuvables.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="891"/>
        <source>The series master of EWS %1 %2 could not be read.</source>
        <translation>Le maître de série de l&apos;élément EWS %1 %2 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1042"/>
        <source>EWS answered the search for transaction %1 in %2 without the items.</source>
        <translation>EWS a répondu à la recherche de la transaction %1 dans %2 sans les éléments.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1050"/>
        <source>EWS answered the search for transaction %1 in %2 with an item without ItemId.</source>
        <translation>EWS a répondu à la recherche de la transaction %1 dans %2 avec un élément sans ItemId.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1096"/>
        <source>EWS created the event but answered without its ItemId; it is looked for before it is created again.</source>
        <translation>EWS a créé l&apos;événement mais a répondu sans son ItemId&#xa0;; il est recherché avant d&apos;être recréé.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1242"/>
        <source>Event %1 changed in Exchange since it was read; it is not deleted.</source>
        <translation>L&apos;événement %1 a changé dans Exchange depuis sa lecture&#xa0;; il n&apos;est pas supprimé.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1287"/>
        <source>EWS answered CreateItem (cancel) with %1 response messages.</source>
        <translation>EWS a répondu à CreateItem (annulation) avec %1 messages de réponse.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1303"/>
        <source>The range to look at is empty.</source>
        <translation>La plage à examiner est vide.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1346"/>
        <source>Check that %1 is a mailbox on this server and that the account may open its calendar (impersonation, or delegate rights when impersonation is off).</source>
        <translation>Vérifiez que %1 est une boîte aux lettres de ce serveur et que le compte peut ouvrir son calendrier (emprunt d&apos;identité, ou droits de délégué si l&apos;emprunt d&apos;identité est désactivé).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsPush.cpp" line="22"/>
        <source>The EWS push subscription %1 is not held any more.</source>
        <translation>L&apos;abonnement push EWS %1 n&apos;est plus détenu.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsPush.cpp" line="88"/>
        <source>EWS answered Subscribe without SubscriptionId.</source>
        <translation>EWS a répondu à Subscribe sans SubscriptionId.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsPush.cpp" line="108"/>
        <source>A push subscription needs a mailbox and the listener&apos;s http(s) URL.</source>
        <translation>Un abonnement push a besoin d&apos;une boîte aux lettres et de l&apos;URL http(s) de l&apos;écouteur.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsPush.cpp" line="232"/>
        <source>An EWS SendNotification without Notification/SubscriptionId.</source>
        <translation>Un SendNotification EWS sans Notification/SubscriptionId.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsUsers.cpp" line="21"/>
        <source>Exchange Server (EWS) has no directory listing: its users are resolved one by one (by e-mail address, alias, then name) when CRM users are linked.</source>
        <translation>Exchange Server (EWS) n&apos;a pas de liste d&apos;annuaire&#xa0;: ses utilisateurs sont résolus un par un (par adresse e-mail, alias, puis nom) lorsque les utilisateurs CRM sont liés.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsUsers.cpp" line="68"/>
        <source>A user is resolved by e-mail address, alias or first and last name; none was given.</source>
        <translation>Un utilisateur est résolu par adresse e-mail, alias ou prénom et nom&#xa0;; aucun n&apos;a été indiqué.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/ews/EwsUsers.cpp" line="81"/>
        <source>&quot;%1&quot; matches %n Exchange mailboxes: %2.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» correspond à %n boîte aux lettres Exchange&#xa0;: %2.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» correspond à %n boîtes aux lettres Exchange&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsUsers.cpp" line="175"/>
        <source>No Exchange mailbox matches %1.</source>
        <translation>Aucune boîte aux lettres Exchange ne correspond à %1.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::ExchangeConnector</name>
    <message>
        <location filename="../core/exchange/ExchangeConnector.cpp" line="31"/>
        <source>this Exchange server does not push notifications in this form</source>
        <translation>ce serveur Exchange n&apos;envoie pas de notifications sous cette forme</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphBatchWriter</name>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="115"/>
        <source>No mailbox given for the batch.</source>
        <translation>Aucune boîte aux lettres indiquée pour le lot.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="131"/>
        <source>No event id given.</source>
        <translation>Aucun id d&apos;événement indiqué.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="245"/>
        <source>Graph answered a $batch request without a &quot;responses&quot; list.</source>
        <translation>Graph a répondu à une requête $batch sans liste «&#xa0;responses&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="259"/>
        <source>Graph&apos;s $batch answer has no response for request %1.</source>
        <translation>La réponse $batch de Graph n&apos;a pas de réponse pour la requête %1.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="275"/>
        <source>Graph answered $batch request %1 without a valid status.</source>
        <translation>Graph a répondu à la requête $batch %1 sans statut valide.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="304"/>
        <source>Graph answered $batch request %1 with HTTP %2 but without the event.</source>
        <translation>Graph a répondu à la requête $batch %1 avec HTTP %2 mais sans l&apos;événement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="355"/>
        <source>(gave up after %n attempts)</source>
        <translation>
            <numerusform>(abandon après %n tentative)</numerusform>
            <numerusform>(abandon après %n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="380"/>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphCalendarProbe</name>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="38"/>
        <source>the calendar of %1 answered with something that is not a calendar view</source>
        <translation>le calendrier de %1 a répondu avec autre chose qu&apos;une vue de calendrier</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="56"/>
        <source>the mailbox is inactive, soft-deleted or hosted on-premises</source>
        <translation>la boîte aux lettres est inactive, supprimée de manière réversible ou hébergée en local</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="58"/>
        <source>access denied: the app registration needs Calendars.ReadWrite with admin consent, and an application access policy must include this mailbox</source>
        <translation>accès refusé&#xa0;: l&apos;inscription d&apos;application a besoin de Calendars.ReadWrite avec consentement administrateur, et une stratégie d&apos;accès aux applications doit inclure cette boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="62"/>
        <source>there is no such mailbox</source>
        <translation>cette boîte aux lettres n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="64"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="75"/>
        <source>A calendar probe needs a mailbox and a time range.</source>
        <translation>Un test de calendrier a besoin d&apos;une boîte aux lettres et d&apos;une plage horaire.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphConnector</name>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="138"/>
        <source>(client-request-id %1)</source>
        <translation>(client-request-id %1)</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="224"/>
        <source>Graph answered a users page without &quot;value&quot;.</source>
        <translation>Graph a répondu par une page d&apos;utilisateurs sans «&#xa0;value&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="236"/>
        <source>Graph answered an unusable @odata.nextLink for users.</source>
        <translation>Graph a répondu par un @odata.nextLink inutilisable pour les utilisateurs.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="248"/>
        <source>Graph returned a user without id (%1).</source>
        <translation>Graph a renvoyé un utilisateur sans id (%1).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="250"/>
        <source>Graph returned user %1 without userPrincipalName.</source>
        <translation>Graph a renvoyé l&apos;utilisateur %1 sans userPrincipalName.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="258"/>
        <source>Graph returned user %1 with a non-boolean accountEnabled.</source>
        <translation>Graph a renvoyé l&apos;utilisateur %1 avec un accountEnabled non booléen.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="290"/>
        <source>Graph returned an unreadable %1 &quot;%2&quot; for item %3.</source>
        <translation>Graph a renvoyé un %1 «&#xa0;%2&#xa0;» illisible pour l&apos;élément %3.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="299"/>
        <source>Graph returned item %1 without %2.</source>
        <translation>Graph a renvoyé l&apos;élément %1 sans %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="305"/>
        <source>Graph returned item %1 with an unknown time zone &quot;%2&quot; in %3.</source>
        <translation>Graph a renvoyé l&apos;élément %1 avec un fuseau horaire inconnu «&#xa0;%2&#xa0;» dans %3.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="310"/>
        <source>Graph returned item %1 with %2 in UTC but labelled &quot;%3&quot;.</source>
        <translation>Graph a renvoyé l&apos;élément %1 avec %2 en UTC mais étiqueté «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="319"/>
        <source>Graph returned item %1 with %2 %3 that does not exist in %4.</source>
        <translation>Graph a renvoyé l&apos;élément %1 avec %2 %3, qui n&apos;existe pas dans %4.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="331"/>
        <source>Graph returned an event without id (subject &quot;%1&quot;).</source>
        <translation>Graph a renvoyé un événement sans id (objet «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="342"/>
        <source>Graph returned %1 %2 without seriesMasterId.</source>
        <translation>Graph a renvoyé %1 %2 sans seriesMasterId.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="363"/>
        <source>Graph returned item %1 ending before it starts.</source>
        <translation>Graph a renvoyé l&apos;élément %1 se terminant avant son début.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="396"/>
        <source>Graph returned item %1 with an unreadable reminderMinutesBeforeStart.</source>
        <translation>Graph a renvoyé l&apos;élément %1 avec un reminderMinutesBeforeStart illisible.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="408"/>
        <source>Graph returned item %1 with an attendee without address.</source>
        <translation>Graph a renvoyé l&apos;élément %1 avec un participant sans adresse.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="426"/>
        <source>Unknown time zone &quot;%1&quot; for event &quot;%2&quot;.</source>
        <translation>Fuseau horaire inconnu «&#xa0;%1&#xa0;» pour l&apos;événement «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="429"/>
        <source>Event &quot;%1&quot; needs a valid start before its end.</source>
        <translation>L&apos;événement «&#xa0;%1&#xa0;» a besoin d&apos;un début valide avant sa fin.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="492"/>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="650"/>
        <source>No event id given.</source>
        <translation>Aucun id d&apos;événement indiqué.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="521"/>
        <source>The sync window is empty.</source>
        <translation>La fenêtre de synchronisation est vide.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="534"/>
        <source>The stored change cursor of %1 is not a link to %2.</source>
        <translation>Le curseur de modifications enregistré de %1 n&apos;est pas un lien vers %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="557"/>
        <source>Graph answered a calendarView/delta page for %1 without &quot;value&quot;.</source>
        <translation>Graph a répondu par une page calendarView/delta pour %1 sans «&#xa0;value&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="565"/>
        <source>Graph answered a calendarView/delta page for %1 without a usable @odata.nextLink or @odata.deltaLink.</source>
        <translation>Graph a répondu par une page calendarView/delta pour %1 sans @odata.nextLink ni @odata.deltaLink utilisable.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="595"/>
        <source>%1: moving the stored Outlook ids to immutable ids failed: %2</source>
        <translation>%1&#xa0;: le passage des ids Outlook enregistrés aux ids immuables a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="639"/>
        <source>The answer to creating the event could not be read (%1); the event may exist, so it is looked for before it is created again.</source>
        <translation>La réponse à la création de l&apos;événement n&apos;a pas pu être lue (%1)&#xa0;; l&apos;événement existe peut-être, il est donc recherché avant d&apos;être recréé.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="679"/>
        <source>No mailbox given.</source>
        <translation>Aucune boîte aux lettres indiquée.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="682"/>
        <source>translateExchangeIds takes 1 to %1 ids, not %2.</source>
        <translation>translateExchangeIds accepte de 1 à %1 ids, pas %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="687"/>
        <source>An empty id cannot be translated.</source>
        <translation>Un id vide ne peut pas être traduit.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="711"/>
        <source>Graph answered translateExchangeIds without &quot;value&quot;.</source>
        <translation>Graph a répondu à translateExchangeIds sans «&#xa0;value&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="719"/>
        <source>Graph&apos;s translateExchangeIds answer names an id that was not asked for (%1).</source>
        <translation>La réponse de Graph à translateExchangeIds nomme un id qui n&apos;était pas demandé (%1).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="730"/>
        <source>Graph&apos;s translateExchangeIds answer for %1 has neither targetId nor errorDetails.</source>
        <translation>La réponse de Graph à translateExchangeIds pour %1 n&apos;a ni targetId ni errorDetails.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphDeltaReader</name>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="135"/>
        <source>The delta window is empty.</source>
        <translation>La fenêtre delta est vide.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="198"/>
        <source>Graph answered a calendarView/delta page for %1 without &quot;value&quot;.</source>
        <translation>Graph a répondu par une page calendarView/delta pour %1 sans «&#xa0;value&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="209"/>
        <source>Graph answered a calendarView/delta page for %1 without a usable @odata.nextLink or @odata.deltaLink.</source>
        <translation>Graph a répondu par une page calendarView/delta pour %1 sans @odata.nextLink ni @odata.deltaLink utilisable.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="228"/>
        <source>The delta round was stopped.</source>
        <translation>Le tour delta a été arrêté.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphIdMigration</name>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="25"/>
        <source>journal: %1: %2</source>
        <translation>journal&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="115"/>
        <source>reading the id format of %1</source>
        <translation>lecture du format d&apos;id de %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="132"/>
        <source>reading the stored ids of %1</source>
        <translation>lecture des ids enregistrés de %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="147"/>
        <source>storing the immutable ids of %1</source>
        <translation>enregistrement des ids immuables de %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="196"/>
        <source>%1 already has a row under the immutable id %2</source>
        <translation>%1 a déjà une ligne sous l&apos;id immuable %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="272"/>
        <source>No journal or Graph connection to migrate ids with.</source>
        <translation>Aucun journal ni aucune connexion Graph avec lesquels migrer les ids.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="274"/>
        <source>No mailbox given.</source>
        <translation>Aucune boîte aux lettres indiquée.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="340"/>
        <source>translateExchangeIds did not answer for it</source>
        <translation>translateExchangeIds n&apos;a pas répondu pour lui</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="385"/>
        <source>Graph answered the read of %1 without an id.</source>
        <translation>Graph a répondu à la lecture de %1 sans id.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphSubscriptions</name>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="107"/>
        <source>Graph&apos;s subscription answer is not a JSON object (%1).</source>
        <translation>La réponse de Graph pour l&apos;abonnement n&apos;est pas un objet JSON (%1).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="124"/>
        <source>Graph&apos;s subscription answer has no id.</source>
        <translation>La réponse de Graph pour l&apos;abonnement n&apos;a pas d&apos;id.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="128"/>
        <source>Graph&apos;s answer for subscription %1 has no valid expirationDateTime (&apos;%2&apos;).</source>
        <translation>La réponse de Graph pour l&apos;abonnement %1 n&apos;a pas d&apos;expirationDateTime valide («&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="139"/>
        <source>Graph could not reach the listener at %1 to validate the subscription: %2</source>
        <translation>Graph n&apos;a pas pu atteindre l&apos;écouteur sur %1 pour valider l&apos;abonnement&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="150"/>
        <source>no mailbox given</source>
        <translation>aucune boîte aux lettres indiquée</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="153"/>
        <source>the notification URL &apos;%1&apos; is not a URL</source>
        <translation>l&apos;URL de notification «&#xa0;%1&#xa0;» n&apos;est pas une URL</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="155"/>
        <source>the client state is longer than Graph&apos;s 128 characters</source>
        <translation>l&apos;état client dépasse les 128 caractères de Graph</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="157"/>
        <source>no expiration given</source>
        <translation>aucune expiration indiquée</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="161"/>
        <source>Cannot subscribe to %1: %2.</source>
        <translation>Impossible de s&apos;abonner à %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="180"/>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="218"/>
        <source>No subscription id given.</source>
        <translation>Aucun id d&apos;abonnement indiqué.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="197"/>
        <source>A renewal needs a subscription id and an expiration.</source>
        <translation>Un renouvellement a besoin d&apos;un id d&apos;abonnement et d&apos;une expiration.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::ews</name>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="163"/>
        <source>EWS returned item %1 with a %2 without Mailbox.</source>
        <translation>EWS a renvoyé l&apos;élément %1 avec un %2 sans Mailbox.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsXml.cpp" line="70"/>
        <source>The EWS answer is nested deeper than %1 levels.</source>
        <translation>La réponse EWS est imbriquée sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsXml.cpp" line="86"/>
        <source>The EWS answer is not well-formed XML (line %1, column %2: %3).</source>
        <translation>La réponse EWS n&apos;est pas du XML bien formé (ligne %1, colonne %2&#xa0;: %3).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsXml.cpp" line="92"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::ews::EwsCalendarItem</name>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="72"/>
        <source>Unknown time zone &quot;%1&quot; for event &quot;%2&quot;.</source>
        <translation>Fuseau horaire inconnu «&#xa0;%1&#xa0;» pour l&apos;événement «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="77"/>
        <source>Event &quot;%1&quot; needs a valid start before its end.</source>
        <translation>L&apos;événement «&#xa0;%1&#xa0;» a besoin d&apos;un début valide avant sa fin.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="82"/>
        <source>Event &quot;%1&quot; has a negative reminder time.</source>
        <translation>L&apos;événement «&#xa0;%1&#xa0;» a un délai de rappel négatif.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="88"/>
        <source>Event &quot;%1&quot; has an attendee without address.</source>
        <translation>L&apos;événement «&#xa0;%1&#xa0;» a un participant sans adresse.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="94"/>
        <source>Event &quot;%1&quot; has an attendee of unknown type &quot;%2&quot;.</source>
        <translation>L&apos;événement «&#xa0;%1&#xa0;» a un participant de type inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="214"/>
        <source>EWS returned an unreadable %1 &quot;%2&quot; for item %3.</source>
        <translation>EWS a renvoyé un %1 «&#xa0;%2&#xa0;» illisible pour l&apos;élément %3.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="230"/>
        <source>EWS returned item %1 with %2 &quot;%3&quot;, not a boolean.</source>
        <translation>EWS a renvoyé l&apos;élément %1 avec %2 «&#xa0;%3&#xa0;», qui n&apos;est pas un booléen.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="264"/>
        <source>EWS returned a calendar item without ItemId (subject &quot;%1&quot;).</source>
        <translation>EWS a renvoyé un élément de calendrier sans ItemId (objet «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="269"/>
        <source>EWS returned item %1 without ChangeKey.</source>
        <translation>EWS a renvoyé l&apos;élément %1 sans ChangeKey.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="275"/>
        <source>EWS returned item %1 with an unknown Sensitivity &quot;%2&quot;.</source>
        <translation>EWS a renvoyé l&apos;élément %1 avec une Sensitivity inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="308"/>
        <source>EWS returned item %1 with an unreadable ReminderMinutesBeforeStart.</source>
        <translation>EWS a renvoyé l&apos;élément %1 avec un ReminderMinutesBeforeStart illisible.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="330"/>
        <source>EWS returned item %1 without %2.</source>
        <translation>EWS a renvoyé l&apos;élément %1 sans %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="337"/>
        <source>EWS returned item %1 ending before it starts.</source>
        <translation>EWS a renvoyé l&apos;élément %1 se terminant avant son début.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="359"/>
        <source>EWS returned item %1 with an unknown CalendarItemType &quot;%2&quot;.</source>
        <translation>EWS a renvoyé l&apos;élément %1 avec un CalendarItemType inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="365"/>
        <source>EWS returned item %1 with an unknown MyResponseType &quot;%2&quot;.</source>
        <translation>EWS a renvoyé l&apos;élément %1 avec un MyResponseType inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="394"/>
        <source>EWS returned item %1 with an attendee without EmailAddress.</source>
        <translation>EWS a renvoyé l&apos;élément %1 avec un participant sans EmailAddress.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="401"/>
        <source>EWS returned item %1 with an unknown attendee ResponseType &quot;%2&quot;.</source>
        <translation>EWS a renvoyé l&apos;élément %1 avec un ResponseType de participant inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="412"/>
        <source>EWS returned item %1 with an unknown time zone &quot;%2&quot;.</source>
        <translation>EWS a renvoyé l&apos;élément %1 avec un fuseau horaire inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::ews::EwsResponse</name>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="97"/>
        <source>The EWS server answered %1 with HTTP %2 and no SOAP message.</source>
        <translation>Le serveur EWS a répondu à %1 avec HTTP %2 et sans message SOAP.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="101"/>
        <source>The EWS answer to %1 could not be read: %2</source>
        <translation>La réponse EWS à %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="139"/>
        <source>The EWS answer to %1 has no response messages (HTTP %2).</source>
        <translation>La réponse EWS à %1 n&apos;a aucun message de réponse (HTTP %2).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="151"/>
        <source>The EWS answer to %1 has a response message with ResponseClass &quot;%2&quot;.</source>
        <translation>La réponse EWS à %1 contient un message de réponse avec ResponseClass «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="214"/>
        <source>EWS answered %1 with %2 response messages.</source>
        <translation>EWS a répondu à %1 avec %2 messages de réponse.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="230"/>
        <source>EWS %1 failed: %2.</source>
        <translation>EWS %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="231"/>
        <source>EWS %1 failed: %2 (%3).</source>
        <translation>EWS %1 a échoué&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="234"/>
        <source>The server asks to wait %1 s.</source>
        <translation>Le serveur demande d&apos;attendre %1 s.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="238"/>
        <source>Give the service account the ApplicationImpersonation role, e.g. New-ManagementRoleAssignment -Name &quot;cxsync impersonation&quot; -Role ApplicationImpersonation -User &lt;service account&gt;.</source>
        <translation>Attribuez au compte de service le rôle ApplicationImpersonation, p. ex. New-ManagementRoleAssignment -Name &quot;cxsync impersonation&quot; -Role ApplicationImpersonation -User &lt;service account&gt;.</translation>
    </message>
</context>
<context>
    <name>cxsync::health::HealthReader</name>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="349"/>
        <source>No mailbox of a CRM user &quot;%1&quot; in the journal (see cxsync users list).</source>
        <translation>Aucune boîte aux lettres d&apos;un utilisateur CRM «&#xa0;%1&#xa0;» dans le journal (voir cxsync users list).</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="593"/>
        <source>The service has never run on this journal: changes cross only when &apos;cxsync sync&apos; runs (a scheduled task).</source>
        <translation>Le service n&apos;a jamais fonctionné sur ce journal&#xa0;: les modifications ne passent que lorsque «&#xa0;cxsync sync&#xa0;» s&apos;exécute (une tâche planifiée).</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="598"/>
        <source>The service is not running: it was stopped on %1 at %2.</source>
        <translation>Le service ne fonctionne pas&#xa0;: il a été arrêté sur %1 à %2.</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="605"/>
        <source>The service is not running: no heartbeat from %1 for %2 (crashed, killed or hung).</source>
        <translation>Le service ne fonctionne pas&#xa0;: aucun signal de vie de %1 depuis %2 (planté, tué ou bloqué).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="612"/>
        <source>%n failed message(s) open for more than %1 (the oldest failed %2 ago).</source>
        <translation>
            <numerusform>%n message en échec ouvert depuis plus de %1 (le plus ancien a échoué il y a %2).</numerusform>
            <numerusform>%n messages en échec ouverts depuis plus de %1 (le plus ancien a échoué il y a %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="617"/>
        <source>%n failed message(s) waiting for a retry or the admin.</source>
        <translation>
            <numerusform>%n message en échec attend une nouvelle tentative ou l&apos;administrateur.</numerusform>
            <numerusform>%n messages en échec attendent une nouvelle tentative ou l&apos;administrateur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="621"/>
        <source>CRM → Exchange: 99% of changes crossed within %1, more than %2.</source>
        <translation>CRM → Exchange&#xa0;: 99 % des modifications sont passées en %1, plus que %2.</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="626"/>
        <source>Exchange → CRM: 99% of notifications were handled within %1, more than %2.</source>
        <translation>Exchange → CRM&#xa0;: 99 % des notifications ont été traitées en %1, plus que %2.</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="637"/>
        <source>not linked: its link is contested (see the Users page)</source>
        <translation>non lié&#xa0;: son lien est contesté (voir la page Utilisateurs)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="642"/>
        <source>%n failed message(s), the oldest %1 old</source>
        <translation>
            <numerusform>%n message en échec, le plus ancien date de %1</numerusform>
            <numerusform>%n messages en échec, le plus ancien date de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="647"/>
        <source>%n failed message(s) waiting</source>
        <translation>
            <numerusform>%n message en échec en attente</numerusform>
            <numerusform>%n messages en échec en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="650"/>
        <source>its change subscription failed: %1</source>
        <translation>son abonnement aux modifications a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="654"/>
        <source>its change subscription %1</source>
        <translation>son abonnement aux modifications %1</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="658"/>
        <source>no change subscription (Install Scripts creates it); polling covers it</source>
        <translation>aucun abonnement aux modifications (Installer les scripts le crée)&#xa0;; l&apos;interrogation le couvre</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="661"/>
        <source>its changes have never been read</source>
        <translation>ses modifications n&apos;ont jamais été lues</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="665"/>
        <location filename="../core/health/HealthReport.cpp" line="670"/>
        <source>its changes were last read %1 ago</source>
        <translation>ses modifications ont été lues pour la dernière fois il y a %1</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="674"/>
        <source>its last canary round was %1</source>
        <translation>son dernier tour de témoin était %1</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="678"/>
        <source>its last canary arrived late</source>
        <translation>son dernier témoin est arrivé en retard</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="687"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="692"/>
        <source>No linked mailbox: nothing is synchronized (Sync Users With CRM links them).</source>
        <translation>Aucune boîte aux lettres liée&#xa0;: rien n&apos;est synchronisé (Synchroniser les utilisateurs avec le CRM les lie).</translation>
    </message>
</context>
<context>
    <name>cxsync::health::HealthReport</name>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="48"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="50"/>
        <source>Amber</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="52"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="81"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="83"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="85"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="86"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxsync::net::HttpClient</name>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="304"/>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Aucun certificat PEM n&apos;a pu être lu dans %1.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="314"/>
        <source>The pinned certificate fingerprint must be 64 hexadecimal digits (SHA-256).</source>
        <translation>L&apos;empreinte du certificat épinglé doit compter 64 chiffres hexadécimaux (SHA-256).</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="330"/>
        <source>Not an http(s) URL: %1</source>
        <translation>Pas une URL http(s)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="335"/>
        <source>The network is not available.</source>
        <translation>Le réseau n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="489"/>
        <source>the server certificate (SHA-256 %1) does not match the pinned fingerprint %2</source>
        <translation>le certificat du serveur (SHA-256 %1) ne correspond pas à l&apos;empreinte épinglée %2</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="548"/>
        <source>%1 redirected the request more than %2 times (the last HTTP %3 to %4); not followed further.</source>
        <translation>%1 a redirigé la requête plus de %2 fois (la dernière, HTTP %3, vers %4)&#xa0;; la redirection n&apos;est plus suivie.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="554"/>
        <source>%1 answered HTTP %2, a redirect to %3. Redirects to another server, scheme or port are not followed, so that credentials never leave the configured server: enter the final address in the settings.</source>
        <translation>%1 a répondu HTTP %2, une redirection vers %3. Les redirections vers un autre serveur, schéma ou port ne sont pas suivies, afin que les identifiants ne quittent jamais le serveur configuré&#xa0;: saisissez l&apos;adresse finale dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="568"/>
        <source>TLS certificate problem with %1: %2</source>
        <translation>Problème de certificat TLS avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="628"/>
        <source>No answer from %1 within the timeout of %2 ms.</source>
        <translation>Aucune réponse de %1 dans le délai de %2 ms.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="631"/>
        <source>The connection to %1 closed after the request was sent; it was not sent again because the server may have carried it out.</source>
        <translation>La connexion à %1 s&apos;est fermée après l&apos;envoi de la requête&#xa0;; elle n&apos;a pas été renvoyée car le serveur l&apos;a peut-être exécutée.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="635"/>
        <source>Server %1 not found: check the server name.</source>
        <translation>Serveur %1 introuvable&#xa0;: vérifiez le nom du serveur.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="638"/>
        <source>Connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/HttpClient.cpp" line="641"/>
        <source>(gave up after %n attempts)</source>
        <translation>
            <numerusform>(abandon après %n tentative)</numerusform>
            <numerusform>(abandon après %n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="676"/>
        <source>Request to %1 cancelled.</source>
        <translation>Requête vers %1 annulée.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="719"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="720"/>
        <source>%1 answered HTTP %2 (%3).</source>
        <translation>%1 a répondu HTTP %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="734"/>
        <source>(request-id %1)</source>
        <translation>(request-id %1)</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="735"/>
        <source>(request-id %1, %2)</source>
        <translation>(request-id %1, %2)</translation>
    </message>
</context>
<context>
    <name>cxsync::notify::ErrorMailer</name>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="99"/>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl n&apos;a pas pu démarrer un transfert</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="168"/>
        <source>sending the mail was cancelled</source>
        <translation>l&apos;envoi de l&apos;e-mail a été annulé</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="172"/>
        <location filename="../core/notify/ErrorMailer.cpp" line="212"/>
        <source>the SMTP server %1 refused the login of &apos;%2&apos;: %3</source>
        <translation>le serveur SMTP %1 a refusé la connexion de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="175"/>
        <source>the SMTP server &apos;%1&apos; was not found</source>
        <translation>le serveur SMTP «&#xa0;%1&#xa0;» est introuvable</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="179"/>
        <source>cannot connect to the SMTP server %1: %2</source>
        <translation>impossible de se connecter au serveur SMTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="183"/>
        <source>the SMTP server %1 did not answer within %2 seconds</source>
        <translation>le serveur SMTP %1 n&apos;a pas répondu en %2 secondes</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="190"/>
        <source>the SMTP server %1 does not offer STARTTLS; choose &apos;tls&apos; (port 465) or ask for STARTTLS to be enabled</source>
        <translation>le serveur SMTP %1 ne propose pas STARTTLS&#xa0;; choisissez «&#xa0;tls&#xa0;» (port 465) ou demandez l&apos;activation de STARTTLS</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="199"/>
        <source>TLS with the SMTP server %1 failed: %2 (trust its CA with tls/extraCaFile)</source>
        <translation>TLS avec le serveur SMTP %1 a échoué&#xa0;: %2 (faites confiance à son autorité de certification avec tls/extraCaFile)</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="209"/>
        <source>the SMTP server %1 requires a login: set smtp/user and the smtp-password secret (%2)</source>
        <translation>le serveur SMTP %1 exige une connexion&#xa0;: définissez smtp/user et le secret smtp-password (%2)</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="216"/>
        <source>the SMTP server %1 asks to try later: %2</source>
        <translation>le serveur SMTP %1 demande de réessayer plus tard&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="219"/>
        <source>the SMTP server %1 refused the mail: %2</source>
        <translation>le serveur SMTP %1 a refusé l&apos;e-mail&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="222"/>
        <source>sending mail through %1 failed: %2</source>
        <translation>l&apos;envoi de l&apos;e-mail via %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="235"/>
        <source>%1 is not set: error e-mail cannot be sent</source>
        <translation>%1 n&apos;est pas défini&#xa0;: l&apos;e-mail d&apos;erreur ne peut pas être envoyé</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="250"/>
        <source>SMTP port %1 is out of range</source>
        <translation>le port SMTP %1 est hors limites</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="261"/>
        <source>%1 is not set: error e-mail needs a sender</source>
        <translation>%1 n&apos;est pas défini&#xa0;: l&apos;e-mail d&apos;erreur a besoin d&apos;un expéditeur</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="268"/>
        <source>the SMTP password would cross the network unencrypted: choose starttls or tls for %1, or remove the SMTP user</source>
        <translation>le mot de passe SMTP traverserait le réseau en clair&#xa0;: choisissez starttls ou tls pour %1, ou supprimez l&apos;utilisateur SMTP</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="289"/>
        <source>the SMTP user &apos;%1&apos; is set but no %2 is stored (cxsync secret set %3)</source>
        <translation>l&apos;utilisateur SMTP «&#xa0;%1&#xa0;» est défini mais aucun %2 n&apos;est enregistré (cxsync secret set %3)</translation>
    </message>
</context>
<context>
    <name>cxsync::notify::ErrorNotifier</name>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="122"/>
        <source>[CRM Exchange Sync] the synthetic canary was late or lost on %1</source>
        <translation>[CRM Exchange Sync] le témoin synthétique était en retard ou perdu sur %1</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="124"/>
        <source>[CRM Exchange Sync] %1 failed message(s), %2 parked, on %3</source>
        <translation>[CRM Exchange Sync] %1 message(s) en échec, %2 mis de côté, sur %3</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="128"/>
        <source>[CRM Exchange Sync] %1 failed message(s) on %2</source>
        <translation>[CRM Exchange Sync] %1 message(s) en échec sur %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="132"/>
        <source>CRM Exchange Sync on %1 applied every change, but its synthetic canary was late or lost: changes are slow to cross, or do not cross at all.</source>
        <translation>CRM Exchange Sync sur %1 a appliqué toutes les modifications, mais son témoin synthétique était en retard ou perdu&#xa0;: les modifications passent lentement, ou pas du tout.</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="137"/>
        <source>CRM Exchange Sync on %1 could not apply %2 change(s) since the last report (%3).</source>
        <translation>CRM Exchange Sync sur %1 n&apos;a pas pu appliquer %2 modification(s) depuis le dernier rapport (%3).</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="141"/>
        <source>CRM Exchange Sync on %1 could not apply %2 change(s).</source>
        <translation>CRM Exchange Sync sur %1 n&apos;a pas pu appliquer %2 modification(s).</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="143"/>
        <source>By error kind:</source>
        <translation>Par type d&apos;erreur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="147"/>
        <source>By state:</source>
        <translation>Par état&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="151"/>
        <source>parked: waits for you</source>
        <translation>mis de côté&#xa0;: attend votre intervention</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="153"/>
        <source>waiting: retried automatically</source>
        <translation>en attente&#xa0;: réessayé automatiquement</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="155"/>
        <source>being retried now</source>
        <translation>en cours de nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="159"/>
        <source>Newest errors:</source>
        <translation>Erreurs les plus récentes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="167"/>
        <source>      waiting, attempt %1, next attempt %2</source>
        <translation>      en attente, tentative %1, prochaine tentative %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="174"/>
        <source>  ... and %1 more</source>
        <translation>  ... et %1 de plus</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="179"/>
        <source>Synthetic canary (a private test appointment written on one side and looked for on the other):</source>
        <translation>Témoin synthétique (un rendez-vous de test privé écrit d&apos;un côté et recherché de l&apos;autre)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="182"/>
        <source>CRM -&gt; Exchange</source>
        <translation>CRM -&gt; Exchange</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="183"/>
        <source>Exchange -&gt; CRM</source>
        <translation>Exchange -&gt; CRM</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="185"/>
        <source>  %1  %2  %3  late: arrived after %4 s</source>
        <translation>  %1  %2  %3  en retard&#xa0;: arrivé après %4 s</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="193"/>
        <source>Open messages in total: %1 (%2 parked).</source>
        <translation>Messages ouverts au total&#xa0;: %1 (%2 mis de côté).</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="195"/>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="196"/>
        <source>  cxsync queue list            every failed message, newest first</source>
        <translation>  cxsync queue list            chaque message en échec, le plus récent en premier</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="197"/>
        <source>  cxsync queue show ID         one message: the change, the error, every attempt</source>
        <translation>  cxsync queue show ID         un message&#xa0;: la modification, l&apos;erreur, chaque tentative</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="198"/>
        <source>  cxsync queue retry --all     retry what is waiting or parked, after fixing the cause</source>
        <translation>  cxsync queue retry --all     réessayer ce qui attend ou est mis de côté, après avoir corrigé la cause</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="199"/>
        <source>  cxsync log --since %1   what was applied</source>
        <translation>  cxsync log --since %1   ce qui a été appliqué</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="202"/>
        <source>Journal: %1</source>
        <translation>Journal&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/notify/ErrorNotifier.cpp" line="204"/>
        <source>At most one such mail is sent every %n minute(s).</source>
        <translation>
            <numerusform>Au plus un tel e-mail est envoyé toutes les %n minute.</numerusform>
            <numerusform>Au plus un tel e-mail est envoyé toutes les %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="215"/>
        <source>[CRM Exchange Sync] Test mail from %1</source>
        <translation>[CRM Exchange Sync] E-mail de test depuis %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/notify/ErrorNotifier.cpp" line="216"/>
        <source>This is a test of the error e-mail of CRM Exchange Sync on %1, sent at %2.
When changes cannot be applied, a digest like this one arrives here, at most once every %n minute(s).</source>
        <translation>
            <numerusform>Ceci est un test de l&apos;e-mail d&apos;erreur de CRM Exchange Sync sur %1, envoyé le %2.
Lorsque des modifications ne peuvent pas être appliquées, un récapitulatif comme celui-ci arrive ici, au plus une fois toutes les %n minute.</numerusform>
            <numerusform>Ceci est un test de l&apos;e-mail d&apos;erreur de CRM Exchange Sync sur %1, envoyé le %2.
Lorsque des modifications ne peuvent pas être appliquées, un récapitulatif comme celui-ci arrive ici, au plus une fois toutes les %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="249"/>
        <source>%1 is not set: nobody to notify</source>
        <translation>%1 n&apos;est pas défini&#xa0;: personne à prévenir</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="317"/>
        <source>%1 is not set: nobody to send the test mail to</source>
        <translation>%1 n&apos;est pas défini&#xa0;: personne à qui envoyer l&apos;e-mail de test</translation>
    </message>
</context>
<context>
    <name>cxsync::notify::MailMessage</name>
    <message>
        <location filename="../core/notify/MailMessage.cpp" line="37"/>
        <source>the sender &apos;%1&apos; is not an e-mail address</source>
        <translation>l&apos;expéditeur «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../core/notify/MailMessage.cpp" line="40"/>
        <source>the mail has no recipient</source>
        <translation>l&apos;e-mail n&apos;a pas de destinataire</translation>
    </message>
    <message>
        <location filename="../core/notify/MailMessage.cpp" line="44"/>
        <source>the recipient &apos;%1&apos; is not an e-mail address</source>
        <translation>le destinataire «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../core/notify/MailMessage.cpp" line="49"/>
        <source>a mail header must not contain a line break</source>
        <translation>un en-tête d&apos;e-mail ne doit pas contenir de saut de ligne</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::CrmAppointmentRetrier</name>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="48"/>
        <source>the snapshot is not a CRM appointment change</source>
        <translation>l&apos;instantané n&apos;est pas une modification de rendez-vous CRM</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="55"/>
        <source>operation &apos;%1&apos; is not create, update or delete</source>
        <translation>l&apos;opération «&#xa0;%1&#xa0;» n&apos;est ni create, ni update, ni delete</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="61"/>
        <source>changedUtc is not an ISO 8601 time</source>
        <translation>changedUtc n&apos;est pas une heure ISO 8601</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="67"/>
        <source>the snapshot has no appointment</source>
        <translation>l&apos;instantané n&apos;a pas de rendez-vous</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="91"/>
        <source>appointment.%1 must be text</source>
        <translation>appointment.%1 doit être du texte</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="95"/>
        <source>an %1 needs the CRM appointment id</source>
        <translation>une opération %1 a besoin de l&apos;id du rendez-vous CRM</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="103"/>
        <source>appointment.%1 is not an ISO 8601 time</source>
        <translation>appointment.%1 n&apos;est pas une heure ISO 8601</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="108"/>
        <source>the appointment ends before it starts</source>
        <translation>le rendez-vous se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="112"/>
        <source>appointment.private must be true or false</source>
        <translation>appointment.private doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="119"/>
        <source>appointment.notifyMinutes must be a whole number of minutes</source>
        <translation>appointment.notifyMinutes doit être un nombre entier de minutes</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="127"/>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="132"/>
        <source>appointment.linkedUserIds must be a list of user ids</source>
        <translation>appointment.linkedUserIds doit être une liste d&apos;ids d&apos;utilisateurs</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="157"/>
        <source>the stored change cannot be applied: %1</source>
        <translation>la modification enregistrée ne peut pas être appliquée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="187"/>
        <source>created CRM appointment %1</source>
        <translation>rendez-vous CRM %1 créé</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="202"/>
        <source>already in the CRM as appointment %1 (an earlier attempt got through)</source>
        <translation>déjà dans le CRM comme rendez-vous %1 (une tentative précédente a abouti)</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="217"/>
        <source>CRM appointment %1 no longer exists; the update is dropped</source>
        <translation>le rendez-vous CRM %1 n&apos;existe plus&#xa0;; la mise à jour est abandonnée</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="223"/>
        <source>CRM appointment %1 was deleted meanwhile; the update is dropped</source>
        <translation>le rendez-vous CRM %1 a été supprimé entre-temps&#xa0;; la mise à jour est abandonnée</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="228"/>
        <source>CRM appointment %1 was changed in the CRM at %2, after this change (%3); the newer CRM version is kept</source>
        <translation>le rendez-vous CRM %1 a été modifié dans le CRM le %2, après cette modification (%3)&#xa0;; la version CRM plus récente est conservée</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="237"/>
        <source>updated CRM appointment %1</source>
        <translation>rendez-vous CRM %1 mis à jour</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="251"/>
        <source>CRM appointment %1 is already deleted</source>
        <translation>le rendez-vous CRM %1 est déjà supprimé</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="259"/>
        <source>deleted CRM appointment %1</source>
        <translation>rendez-vous CRM %1 supprimé</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::FailedMessageQueue</name>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="46"/>
        <source>The journal could not read failed message %1: %2</source>
        <translation>Le journal n’a pas pu lire le message en échec %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="321"/>
        <source>parked: a %1 error does not go away by retrying; fix the cause, then retry it</source>
        <translation>mis de côté&#xa0;: une erreur %1 ne disparaît pas en réessayant&#xa0;; corrigez la cause, puis réessayez</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/queue/FailedMessageQueue.cpp" line="328"/>
        <source>parked after %n failed attempt(s)</source>
        <translation>
            <numerusform>mis de côté après %n tentative échouée</numerusform>
            <numerusform>mis de côté après %n tentatives échouées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="433"/>
        <source>a newer change of this item (%1) replaced the queued one (%2)</source>
        <translation>une modification plus récente de cet élément (%1) a remplacé celle en file (%2)</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="482"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="592"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="641"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="705"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="796"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="841"/>
        <source>cannot start a journal transaction</source>
        <translation>impossible de démarrer une transaction du journal</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="534"/>
        <source>the failed message could not be written to the journal (%1); it is kept in memory and written with the next failure or flush</source>
        <translation>le message en échec n&apos;a pas pu être écrit dans le journal (%1)&#xa0;; il est conservé en mémoire et écrit avec le prochain échec ou la prochaine vidange</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="608"/>
        <source>failed message %1 is not waiting for a retry</source>
        <translation>le message en échec %1 n&apos;attend pas de nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="615"/>
        <source>failed message %1 does not exist</source>
        <translation>le message en échec %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="669"/>
        <source>failed message %1 is %2 (changed meanwhile); nothing was done</source>
        <translation>le message en échec %1 est %2 (modifié entre-temps)&#xa0;; rien n&apos;a été fait</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="732"/>
        <source>failed message %1 changed while it was retried; the newer state is kept</source>
        <translation>le message en échec %1 a changé pendant sa nouvelle tentative&#xa0;; l&apos;état le plus récent est conservé</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="790"/>
        <source>failed message %1 is already resolved</source>
        <translation>le message en échec %1 est déjà résolu</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="792"/>
        <source>failed message %1 is being retried right now</source>
        <translation>le message en échec %1 est en cours de nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="810"/>
        <source>failed message %1 cannot be retried: a newer change of the same item is queued</source>
        <translation>le message en échec %1 ne peut pas être réessayé&#xa0;: une modification plus récente du même élément est en file</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="814"/>
        <source>retry requested by the administrator</source>
        <translation>nouvelle tentative demandée par l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="857"/>
        <source>retry of all matching messages requested by the administrator</source>
        <translation>nouvelle tentative de tous les messages correspondants demandée par l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="1058"/>
        <source>there is no failed message %1</source>
        <translation>il n&apos;y a pas de message en échec %1</translation>
    </message>
    <message>
        <location filename="../core/store/JournalSql.h" line="87"/>
        <source>cannot commit to the journal</source>
        <translation>impossible de valider dans le journal</translation>
    </message>
    <message>
        <location filename="../core/queue/QueueTypes.h" line="46"/>
        <source>a failed message event</source>
        <translation>un événement de message en échec</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::Journal</name>
    <message>
        <location filename="../core/store/JournalSql.h" line="94"/>
        <location filename="../core/store/JournalSql.h" line="102"/>
        <source>journal query failed</source>
        <translation>la requête sur le journal a échoué</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::QueueExport</name>
    <message>
        <location filename="../core/queue/QueueExport.cpp" line="128"/>
        <source>&apos;%1&apos;: failed messages are exported as .xml, .json or .csv; name the file accordingly</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les messages en échec sont exportés en .xml, .json ou .csv&#xa0;; nommez le fichier en conséquence</translation>
    </message>
    <message>
        <location filename="../core/queue/QueueExport.cpp" line="271"/>
        <source>the XML export could not be written</source>
        <translation>l&apos;export XML n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <location filename="../core/queue/QueueExport.cpp" line="294"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::RetryDriver</name>
    <message>
        <location filename="../core/queue/RetryDriver.cpp" line="106"/>
        <source>no retrier is available for %1 %2 messages in this program</source>
        <translation>aucun mécanisme de nouvelle tentative n&apos;est disponible pour les messages %1 %2 dans ce programme</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::TransactionLog</name>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="37"/>
        <source>The journal could not read log entry %1: %2</source>
        <translation>Le journal n’a pas pu lire l’entrée du journal des transactions %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="145"/>
        <location filename="../core/queue/TransactionLog.cpp" line="147"/>
        <source>a transaction log entry needs an action and a result</source>
        <translation>une entrée du journal des transactions a besoin d&apos;une action et d&apos;un résultat</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="152"/>
        <source>&apos;%1&apos; is not a direction (crm_to_exchange or exchange_to_crm)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un sens (crm_to_exchange ou exchange_to_crm)</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="231"/>
        <source>the log retention must be at least one day</source>
        <translation>la conservation du journal doit être d&apos;au moins un jour</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="248"/>
        <source>&apos;%1&apos;: the log is exported as .csv or .json; name the file accordingly</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le journal est exporté en .csv ou .json&#xa0;; nommez le fichier en conséquence</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="317"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.h" line="35"/>
        <source>a transaction log result</source>
        <translation>un résultat du journal des transactions</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::CalendarMapping</name>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="191"/>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="193"/>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="195"/>
        <source>Tentative</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="197"/>
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="198"/>
        <source>No response</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="302"/>
        <source>Exchange returned an event without an id.</source>
        <translation>Exchange a renvoyé un événement sans id.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="306"/>
        <source>Exchange event %1 has no valid start.</source>
        <translation>L&apos;événement Exchange %1 n&apos;a pas de début valide.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="309"/>
        <source>Exchange event %1 has no valid end after its start.</source>
        <translation>L&apos;événement Exchange %1 n&apos;a pas de fin valide après son début.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="312"/>
        <source>Exchange event %1 has no iCalUId.</source>
        <translation>L&apos;événement Exchange %1 n&apos;a pas d&apos;iCalUId.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="316"/>
        <source>Exchange event %1 has an unknown time zone &quot;%2&quot;.</source>
        <translation>L&apos;événement Exchange %1 a un fuseau horaire inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="324"/>
        <source>The CRM returned an appointment without an id.</source>
        <translation>Le CRM a renvoyé un rendez-vous sans id.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="330"/>
        <source>CRM appointment %1 has no valid start (Comm_DateTime).</source>
        <translation>Le rendez-vous CRM %1 n&apos;a pas de début valide (Comm_DateTime).</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="334"/>
        <source>CRM appointment %1 has no valid end after its start (Comm_ToDateTime).</source>
        <translation>Le rendez-vous CRM %1 n&apos;a pas de fin valide après son début (Comm_ToDateTime).</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::CalendarPlanner</name>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="113"/>
        <source>&quot;%1&quot;: a second item for CRM communication %2 in one mailbox; it is left alone.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: un second élément pour la communication CRM %2 dans une même boîte aux lettres&#xa0;; il est laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="134"/>
        <source>our own create of a communication deleted since</source>
        <translation>notre propre création d&apos;une communication supprimée depuis</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="143"/>
        <source>our own create, whose answer was lost</source>
        <translation>notre propre création, dont la réponse a été perdue</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="162"/>
        <source>&quot;%1&quot;: a second copy of our own item for CRM communication %2 in %3; it is not imported (this profile does not write to Exchange, so it stays).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: une seconde copie de notre propre élément pour la communication CRM %2 dans %3&#xa0;; elle n&apos;est pas importée (ce profil n&apos;écrit pas dans Exchange, elle reste donc).</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="177"/>
        <source>a second copy of our own create (its write was applied twice)</source>
        <translation>une seconde copie de notre propre création (son écriture a été appliquée deux fois)</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="201"/>
        <source>a series master: its occurrences are synchronized one by one</source>
        <translation>un maître de série&#xa0;: ses occurrences sont synchronisées une par une</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="215"/>
        <source>removed, never synchronized (or our own delete coming back)</source>
        <translation>supprimé, jamais synchronisé (ou notre propre suppression qui revient)</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="227"/>
        <source>an attendee&apos;s copy was removed</source>
        <translation>la copie d&apos;un participant a été supprimée</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="229"/>
        <source>its communication is already being deleted</source>
        <translation>sa communication est déjà en cours de suppression</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="235"/>
        <source>deleted in Outlook</source>
        <translation>supprimé dans Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="235"/>
        <source>its series was deleted in Outlook</source>
        <translation>sa série a été supprimée dans Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="243"/>
        <source>deleted in another Outlook calendar</source>
        <translation>supprimé dans un autre calendrier Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="267"/>
        <source>deleted in Outlook, but changed in the CRM since: the CRM version is kept</source>
        <translation>supprimé dans Outlook, mais modifié dans le CRM depuis&#xa0;: la version CRM est conservée</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="271"/>
        <source>deleted in Outlook, but changed in the CRM since: made again</source>
        <translation>supprimé dans Outlook, mais modifié dans le CRM depuis&#xa0;: recréé</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="282"/>
        <source>cancelled before it was synchronized</source>
        <translation>annulé avant d&apos;avoir été synchronisé</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="284"/>
        <source>a copy of a meeting that is a second copy of our own create</source>
        <translation>la copie d&apos;une réunion qui est une seconde copie de notre propre création</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="286"/>
        <source>outside the sync window</source>
        <translation>hors de la fenêtre de synchronisation</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="313"/>
        <source>an attendee&apos;s copy: Exchange keeps it in step with the organizer&apos;s item</source>
        <translation>la copie d&apos;un participant&#xa0;: Exchange la maintient en phase avec l&apos;élément de l&apos;organisateur</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="314"/>
        <source>the meeting was cancelled by its organizer</source>
        <translation>la réunion a été annulée par son organisateur</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="327"/>
        <source>%1: CRM communication %2 is gone; the link is dropped.</source>
        <translation>%1&#xa0;: la communication CRM %2 n&apos;existe plus&#xa0;; le lien est supprimé.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="328"/>
        <source>its CRM communication is gone</source>
        <translation>sa communication CRM n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="333"/>
        <source>%1: CRM communication %2 is gone; the item is deleted.</source>
        <translation>%1&#xa0;: la communication CRM %2 n&apos;existe plus&#xa0;; l&apos;élément est supprimé.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="335"/>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="390"/>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="539"/>
        <source>deleted in the CRM</source>
        <translation>supprimé dans le CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="373"/>
        <source>deleted in the CRM, changed in Outlook: the Outlook version is kept</source>
        <translation>supprimé dans le CRM, modifié dans Outlook&#xa0;: la version Outlook est conservée</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="392"/>
        <source>its CRM communication was deleted</source>
        <translation>sa communication CRM a été supprimée</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="408"/>
        <source>attendee responses</source>
        <translation>réponses des participants</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="411"/>
        <source>echo of our own write</source>
        <translation>écho de notre propre écriture</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="413"/>
        <source>nothing the CRM shows has changed</source>
        <translation>rien de ce que montre le CRM n&apos;a changé</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="427"/>
        <source>conflict: the CRM version is kept</source>
        <translation>conflit&#xa0;: la version CRM est conservée</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="434"/>
        <source>cancelled in Outlook</source>
        <translation>annulé dans Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="434"/>
        <source>changed in Outlook</source>
        <translation>modifié dans Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="457"/>
        <source>another attendee&apos;s copy of a synchronized meeting</source>
        <translation>la copie d&apos;un autre participant d&apos;une réunion synchronisée</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="492"/>
        <source>created in Outlook</source>
        <translation>créé dans Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="539"/>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="544"/>
        <source>cancelled in the CRM</source>
        <translation>annulé dans le CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="567"/>
        <source>existing CRM appointment (first synchronization)</source>
        <translation>rendez-vous CRM existant (première synchronisation)</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="574"/>
        <source>created in the CRM</source>
        <translation>créé dans le CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="607"/>
        <source>the Outlook item it was created for is gone; the record a lost create stored is removed</source>
        <translation>l&apos;élément Outlook pour lequel il a été créé n&apos;existe plus&#xa0;; l&apos;enregistrement stocké par une création perdue est supprimé</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="617"/>
        <source>completes the CRM create of an Outlook item, whose answer was lost</source>
        <translation>termine la création dans le CRM d&apos;un élément Outlook, dont la réponse a été perdue</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="627"/>
        <source>&quot;%1&quot;: CRM communication %2 carries the Exchange id of communication %3&apos;s meeting; it is not created in Outlook (delete it in the CRM if it is a duplicate).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: la communication CRM %2 porte l&apos;id Exchange de la réunion de la communication %3&#xa0;; elle n&apos;est pas créée dans Outlook (supprimez-la dans le CRM s&apos;il s&apos;agit d&apos;un doublon).</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="633"/>
        <source>&quot;%1&quot;: CRM communication %2 came from Exchange (Exchange id %3) but no synchronized Outlook item has it; it is not created in Outlook again.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: la communication CRM %2 vient d&apos;Exchange (id Exchange %3) mais aucun élément Outlook synchronisé ne l&apos;a&#xa0;; elle n&apos;est pas recréée dans Outlook.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="644"/>
        <source>&quot;%1&quot;: organized outside the synchronized mailboxes; CRM changes are not written to Exchange.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: organisé en dehors des boîtes aux lettres synchronisées&#xa0;; les modifications du CRM ne sont pas écrites dans Exchange.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="662"/>
        <source>changed in the CRM</source>
        <translation>modifié dans le CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="670"/>
        <source>CRM-only change</source>
        <translation>modification propre au CRM</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::CalendarSync</name>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="197"/>
        <source>No linked user &quot;%1&quot; (see cxsync users list).</source>
        <translation>Aucun utilisateur lié «&#xa0;%1&#xa0;» (voir cxsync users list).</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="204"/>
        <source>Calendar synchronization needs Exchange Online (Graph); EWS is not available in this version.</source>
        <translation>La synchronisation des calendriers a besoin d&apos;Exchange Online (Graph)&#xa0;; EWS n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="229"/>
        <source>%1: preparing the mailbox failed: %2</source>
        <translation>%1&#xa0;: la préparation de la boîte aux lettres a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="302"/>
        <source>finishing an interrupted write</source>
        <translation>achèvement d&apos;une écriture interrompue</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="334"/>
        <source>reading Outlook changes</source>
        <translation>lecture des modifications Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="368"/>
        <source>%1: reading the calendar failed: %2</source>
        <translation>%1&#xa0;: la lecture du calendrier a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="374"/>
        <source>%1: the change cursor expired; the whole window is read again.</source>
        <translation>%1&#xa0;: le curseur de modifications a expiré&#xa0;; toute la fenêtre est relue.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="429"/>
        <source>reading CRM changes</source>
        <translation>lecture des modifications du CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="433"/>
        <source>The sync run is gone.</source>
        <translation>L&apos;exécution de synchronisation n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="447"/>
        <source>Reading CRM changes failed: %1</source>
        <translation>La lecture des modifications du CRM a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="551"/>
        <source>planning: %1 of %n mailbox(es) read, %2 change(s) in this group</source>
        <translation>
            <numerusform>planification&#xa0;: %1 boîte(s) aux lettres lue(s) sur %n, %2 modification(s) dans ce groupe</numerusform>
            <numerusform>planification&#xa0;: %1 boîte(s) aux lettres lue(s) sur %n, %2 modification(s) dans ce groupe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="690"/>
        <source>reading %n CRM record(s)</source>
        <translation>
            <numerusform>lecture de %n enregistrement CRM</numerusform>
            <numerusform>lecture de %n enregistrements CRM</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="879"/>
        <source>Changed in both the CRM and Outlook since the last sync; the %1 version is kept (%2).</source>
        <translation>Modifié à la fois dans le CRM et dans Outlook depuis la dernière synchronisation&#xa0;; la version %1 est conservée (%2).</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="881"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="881"/>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1174"/>
        <source>a newer change of the item was applied by a sync run</source>
        <translation>une modification plus récente de l&apos;élément a été appliquée par une synchronisation</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1176"/>
        <source>the item was created after all (its answer was lost); a sync run linked it</source>
        <translation>l&apos;élément a finalement été créé (sa réponse a été perdue)&#xa0;; une synchronisation l&apos;a lié</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1181"/>
        <source>the Outlook item was deleted before its CRM record was completed; a sync run removed the record</source>
        <translation>l&apos;élément Outlook a été supprimé avant que son enregistrement CRM soit complété&#xa0;; une synchronisation a supprimé l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1187"/>
        <source>the CRM record was stored after all (its answer was lost); a sync run completed it</source>
        <translation>l&apos;enregistrement CRM a finalement été stocké (sa réponse a été perdue)&#xa0;; une synchronisation l&apos;a complété</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1201"/>
        <source>%1 &quot;%2&quot; (%3): %4</source>
        <translation>%1 «&#xa0;%2&#xa0;» (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1256"/>
        <source>%1: the Outlook change to &quot;%2&quot; was not applied; it stays staged.</source>
        <translation>%1&#xa0;: la modification Outlook de «&#xa0;%2&#xa0;» n&apos;a pas été appliquée&#xa0;; elle reste en attente.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1305"/>
        <source>Outlook: created</source>
        <translation>Outlook&#xa0;: créé</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1305"/>
        <source>Outlook: creating failed for</source>
        <translation>Outlook&#xa0;: échec de la création pour</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1308"/>
        <source>Outlook: updated</source>
        <translation>Outlook&#xa0;: mis à jour</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1308"/>
        <source>Outlook: updating failed for</source>
        <translation>Outlook&#xa0;: échec de la mise à jour pour</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1311"/>
        <source>Outlook: deleted</source>
        <translation>Outlook&#xa0;: supprimé</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1311"/>
        <source>Outlook: deleting failed for</source>
        <translation>Outlook&#xa0;: échec de la suppression pour</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1314"/>
        <source>Outlook: cancelled</source>
        <translation>Outlook&#xa0;: annulé</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1314"/>
        <source>Outlook: cancelling failed for</source>
        <translation>Outlook&#xa0;: échec de l&apos;annulation pour</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1317"/>
        <source>CRM: created</source>
        <translation>CRM&#xa0;: créé</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1317"/>
        <source>CRM: creating failed for</source>
        <translation>CRM&#xa0;: échec de la création pour</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1320"/>
        <source>CRM: updated</source>
        <translation>CRM&#xa0;: mis à jour</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1320"/>
        <source>CRM: updating failed for</source>
        <translation>CRM&#xa0;: échec de la mise à jour pour</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1323"/>
        <source>CRM: deleted</source>
        <translation>CRM&#xa0;: supprimé</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1323"/>
        <source>CRM: deleting failed for</source>
        <translation>CRM&#xa0;: échec de la suppression pour</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1327"/>
        <source>linked</source>
        <translation>lié</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1327"/>
        <source>linking failed for</source>
        <translation>échec de la liaison pour</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1330"/>
        <source>unlinked</source>
        <translation>délié</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1330"/>
        <source>unlinking failed for</source>
        <translation>échec de la suppression du lien pour</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1336"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1337"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1343"/>
        <source>Exchange %1 created, %2 updated, %3 deleted; CRM %4 created, %5 updated, %6 deleted</source>
        <translation>Exchange %1 créés, %2 mis à jour, %3 supprimés&#xa0;; CRM %4 créés, %5 mis à jour, %6 supprimés</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1351"/>
        <source>planned (nothing written): %1</source>
        <translation>prévu (rien d&apos;écrit)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1353"/>
        <source>%1 invitation(s), %2 cancellation(s)</source>
        <translation>%1 invitation(s), %2 annulation(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="1355"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="1357"/>
        <source>%n failed (in the failed-message queue)</source>
        <translation>
            <numerusform>%n en échec (dans la file des messages en échec)</numerusform>
            <numerusform>%n en échec (dans la file des messages en échec)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="1359"/>
        <source>%n mailbox(es) kept by the safety stop</source>
        <translation>
            <numerusform>%n boîte aux lettres retenue par l&apos;arrêt de sécurité</numerusform>
            <numerusform>%n boîtes aux lettres retenues par l&apos;arrêt de sécurité</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1361"/>
        <source>stopped before the end</source>
        <translation>arrêté avant la fin</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="1362"/>
        <source>%1 (%n mailbox(es), %2 ms)</source>
        <translation>
            <numerusform>%1 (%n boîte aux lettres, %2 ms)</numerusform>
            <numerusform>%1 (%n boîtes aux lettres, %2 ms)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxsync::sync::RunStaging</name>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="21"/>
        <source>journal: %1: %2</source>
        <translation>journal&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="106"/>
        <location filename="../core/sync/RunStaging.cpp" line="168"/>
        <source>preparing the run&apos;s scratch tables</source>
        <translation>préparation des tables de travail de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="174"/>
        <location filename="../core/sync/RunStaging.cpp" line="183"/>
        <location filename="../core/sync/RunStaging.cpp" line="189"/>
        <location filename="../core/sync/RunStaging.cpp" line="198"/>
        <source>staging the CRM changes</source>
        <translation>mise en attente des modifications du CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="225"/>
        <location filename="../core/sync/RunStaging.cpp" line="247"/>
        <location filename="../core/sync/RunStaging.cpp" line="256"/>
        <location filename="../core/sync/RunStaging.cpp" line="271"/>
        <location filename="../core/sync/RunStaging.cpp" line="281"/>
        <location filename="../core/sync/RunStaging.cpp" line="458"/>
        <source>staging Exchange changes</source>
        <translation>mise en attente des modifications Exchange</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="230"/>
        <location filename="../core/sync/RunStaging.cpp" line="443"/>
        <location filename="../core/sync/RunStaging.cpp" line="519"/>
        <location filename="../core/sync/RunStaging.cpp" line="665"/>
        <source>reading staged Exchange changes</source>
        <translation>lecture des modifications Exchange en attente</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="294"/>
        <location filename="../core/sync/RunStaging.cpp" line="303"/>
        <location filename="../core/sync/RunStaging.cpp" line="317"/>
        <location filename="../core/sync/RunStaging.cpp" line="336"/>
        <location filename="../core/sync/RunStaging.cpp" line="487"/>
        <location filename="../core/sync/RunStaging.cpp" line="495"/>
        <location filename="../core/sync/RunStaging.cpp" line="501"/>
        <location filename="../core/sync/RunStaging.cpp" line="568"/>
        <location filename="../core/sync/RunStaging.cpp" line="577"/>
        <source>grouping the run&apos;s changes</source>
        <translation>regroupement des modifications de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="554"/>
        <source>reading the staged CRM changes</source>
        <translation>lecture des modifications du CRM en attente</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="603"/>
        <location filename="../core/sync/RunStaging.cpp" line="617"/>
        <source>keeping the run&apos;s plan</source>
        <translation>conservation du plan de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="632"/>
        <location filename="../core/sync/RunStaging.cpp" line="647"/>
        <source>reading the run&apos;s plan</source>
        <translation>lecture du plan de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="649"/>
        <source>journal: reading the run&apos;s plan: action %1 is missing</source>
        <translation>journal&#xa0;: lecture du plan de l’exécution&#xa0;: l’action %1 est manquante</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::SyncActionRetrier</name>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="76"/>
        <source>the snapshot is not a calendar sync write</source>
        <translation>l&apos;instantané n&apos;est pas une écriture de synchronisation des calendriers</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="79"/>
        <source>the snapshot has no action</source>
        <translation>l&apos;instantané n&apos;a pas d&apos;action</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="88"/>
        <source>action.kind &apos;%1&apos; is not a known write</source>
        <translation>action.kind «&#xa0;%1&#xa0;» n&apos;est pas une écriture connue</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="94"/>
        <source>a %1 needs action.%2</source>
        <translation>une écriture %1 a besoin de action.%2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="217"/>
        <source>the stored change cannot be applied: %1</source>
        <translation>la modification enregistrée ne peut pas être appliquée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="224"/>
        <source>CRM to Exchange synchronization is switched off</source>
        <translation>la synchronisation CRM vers Exchange est désactivée</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="229"/>
        <source>Exchange to CRM synchronization is switched off</source>
        <translation>la synchronisation Exchange vers CRM est désactivée</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="234"/>
        <source>Calendar synchronization needs Exchange Online (Graph).</source>
        <translation>La synchronisation des calendriers a besoin d&apos;Exchange Online (Graph).</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="251"/>
        <source>CRM appointment %1 was deleted meanwhile; nothing is created in %2</source>
        <translation>le rendez-vous CRM %1 a été supprimé entre-temps&#xa0;; rien n&apos;est créé dans %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="265"/>
        <source>CRM appointment %1 is in the mailbox already; its Exchange id is recorded in the CRM</source>
        <translation>le rendez-vous CRM %1 est déjà dans la boîte aux lettres&#xa0;; son id Exchange est enregistré dans le CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="271"/>
        <source>created &quot;%1&quot; in %2</source>
        <translation>«&#xa0;%1&#xa0;» créé dans %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="282"/>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="350"/>
        <source>CRM appointment %1 was deleted meanwhile; the update is dropped</source>
        <translation>le rendez-vous CRM %1 a été supprimé entre-temps&#xa0;; la mise à jour est abandonnée</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="286"/>
        <source>CRM appointment %1 was changed again at %2; the newer version follows through the sync</source>
        <translation>le rendez-vous CRM %1 a de nouveau été modifié le %2&#xa0;; la version plus récente suit via la synchronisation</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="293"/>
        <source>the Outlook item of CRM appointment %1 is no longer linked; the update is dropped</source>
        <translation>l&apos;élément Outlook du rendez-vous CRM %1 n&apos;est plus lié&#xa0;; la mise à jour est abandonnée</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="296"/>
        <source>updated &quot;%1&quot; in %2</source>
        <translation>«&#xa0;%1&#xa0;» mis à jour dans %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="306"/>
        <source>the Outlook item is no longer linked (already removed)</source>
        <translation>l&apos;élément Outlook n&apos;est plus lié (déjà supprimé)</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="309"/>
        <source>cancelled &quot;%1&quot; in %2</source>
        <translation>«&#xa0;%1&#xa0;» annulé dans %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="310"/>
        <source>deleted &quot;%1&quot; from %2</source>
        <translation>«&#xa0;%1&#xa0;» supprimé de %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="338"/>
        <source>created &quot;%1&quot; in the CRM</source>
        <translation>«&#xa0;%1&#xa0;» créé dans le CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="356"/>
        <source>CRM appointment %1 was changed in the CRM at %2, after this change; the newer CRM version is kept</source>
        <translation>le rendez-vous CRM %1 a été modifié dans le CRM le %2, après cette modification&#xa0;; la version CRM plus récente est conservée</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="359"/>
        <source>updated CRM appointment %1</source>
        <translation>rendez-vous CRM %1 mis à jour</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="363"/>
        <source>deleted CRM appointment %1</source>
        <translation>rendez-vous CRM %1 supprimé</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="367"/>
        <source>journal link of &quot;%1&quot; recorded</source>
        <translation>lien du journal de «&#xa0;%1&#xa0;» enregistré</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="376"/>
        <source>the Outlook item &quot;%1&quot; was deleted or cancelled meanwhile; nothing is created in the CRM</source>
        <translation>l&apos;élément Outlook «&#xa0;%1&#xa0;» a été supprimé ou annulé entre-temps&#xa0;; rien n&apos;est créé dans le CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="401"/>
        <source>%1; CRM communication %2, which an earlier attempt had stored, is removed</source>
        <translation>%1&#xa0;; la communication CRM %2, qu&apos;une tentative précédente avait stockée, est supprimée</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::SyncJournal</name>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="38"/>
        <source>journal: %1: %2</source>
        <translation>journal&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="121"/>
        <location filename="../core/sync/SyncJournal.cpp" line="133"/>
        <location filename="../core/sync/SyncJournal.cpp" line="144"/>
        <location filename="../core/sync/SyncJournal.cpp" line="156"/>
        <source>reading item links</source>
        <translation>lecture des liens d&apos;éléments</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="162"/>
        <location filename="../core/sync/SyncJournal.cpp" line="189"/>
        <source>saving an item link</source>
        <translation>enregistrement d&apos;un lien d&apos;élément</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="201"/>
        <source>removing an item link</source>
        <translation>suppression d&apos;un lien d&apos;élément</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="211"/>
        <source>removing item links</source>
        <translation>suppression de liens d&apos;éléments</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="230"/>
        <source>reading the change cursor of %1</source>
        <translation>lecture du curseur de modifications de %1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="253"/>
        <source>clearing the change cursor of %1</source>
        <translation>effacement du curseur de modifications de %1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="261"/>
        <location filename="../core/sync/SyncJournal.cpp" line="293"/>
        <location filename="../core/sync/SyncJournal.cpp" line="302"/>
        <source>staging Exchange changes</source>
        <translation>mise en attente des modifications Exchange</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="268"/>
        <location filename="../core/sync/SyncJournal.cpp" line="279"/>
        <source>moving the change cursor of %1</source>
        <translation>déplacement du curseur de modifications de %1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="314"/>
        <source>reading staged Exchange changes</source>
        <translation>lecture des modifications Exchange en attente</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="352"/>
        <location filename="../core/sync/SyncJournal.cpp" line="358"/>
        <source>clearing staged Exchange changes</source>
        <translation>effacement des modifications Exchange en attente</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="367"/>
        <location filename="../core/sync/SyncJournal.cpp" line="381"/>
        <location filename="../core/sync/SyncJournal.cpp" line="386"/>
        <source>recording an intended write</source>
        <translation>enregistrement d&apos;une écriture prévue</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="402"/>
        <source>clearing a confirmed write</source>
        <translation>effacement d&apos;une écriture confirmée</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="412"/>
        <source>reading the outbox</source>
        <translation>lecture de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="435"/>
        <location filename="../core/sync/SyncJournal.cpp" line="458"/>
        <source>reading the CRM watermark</source>
        <translation>lecture du filigrane CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="447"/>
        <source>journal: the stored CRM watermark is unreadable.</source>
        <translation>journal&#xa0;: le filigrane CRM enregistré est illisible.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="483"/>
        <source>saving the CRM watermark</source>
        <translation>enregistrement du filigrane CRM</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::SyncRetries</name>
    <message numerus="yes">
        <location filename="../core/sync/SyncRetries.cpp" line="35"/>
        <source>Retried %n failed message(s): </source>
        <translation>
            <numerusform>%n message en échec réessayé&#xa0;: </numerusform>
            <numerusform>%n messages en échec réessayés&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/SyncRetries.cpp" line="36"/>
        <source>%1 resolved, %2 superseded by newer changes, %3 wait again, %4 parked</source>
        <translation>%1 résolus, %2 remplacés par des modifications plus récentes, %3 attendent à nouveau, %4 mis de côté</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/SyncRetries.cpp" line="42"/>
        <source>%n more wait because their server keeps failing</source>
        <translation>
            <numerusform>%n autre attend car son serveur continue d&apos;échouer</numerusform>
            <numerusform>%n autres attendent car leur serveur continue d&apos;échouer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/SyncRetries.cpp" line="44"/>
        <source>stopped early, the rest stays due</source>
        <translation>arrêté prématurément, le reste reste dû</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::SyncWriter</name>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="22"/>
        <source>Calendar synchronization needs Exchange Online (Graph); EWS is not available in this version.</source>
        <translation>La synchronisation des calendriers a besoin d&apos;Exchange Online (Graph)&#xa0;; EWS n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="396"/>
        <source>The Outlook item keeps changing while it is being removed; tried %1 times.</source>
        <translation>L&apos;élément Outlook ne cesse de changer pendant sa suppression&#xa0;; %1 tentatives.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="404"/>
        <source>Cancelled in the CRM and changed in Outlook since the last sync; the %1 version is kept (%2).</source>
        <translation>Annulé dans le CRM et modifié dans Outlook depuis la dernière synchronisation&#xa0;; la version %1 est conservée (%2).</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="406"/>
        <source>Deleted in the CRM and changed in Outlook since the last sync; the %1 version is kept (%2).</source>
        <translation>Supprimé dans le CRM et modifié dans Outlook depuis la dernière synchronisation&#xa0;; la version %1 est conservée (%2).</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="439"/>
        <source>This meeting was cancelled in the CRM.</source>
        <translation>Cette réunion a été annulée dans le CRM.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="464"/>
        <source>cancelled in the CRM, changed in Outlook: the Outlook version is kept</source>
        <translation>annulé dans le CRM, modifié dans Outlook&#xa0;: la version Outlook est conservée</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="478"/>
        <source>deleted in the CRM, changed in Outlook: the Outlook version returns to the CRM</source>
        <translation>supprimé dans le CRM, modifié dans Outlook&#xa0;: la version Outlook revient dans le CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="485"/>
        <source>Changed in both the CRM and Outlook since the last sync; the %1 version is kept (%2).</source>
        <translation>Modifié à la fois dans le CRM et dans Outlook depuis la dernière synchronisation&#xa0;; la version %1 est conservée (%2).</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="498"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="498"/>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
</context>
<context>
    <name>cxsync::users::MailboxAccessProbe</name>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="20"/>
        <source>cannot read the calendar of %1: %2</source>
        <translation>impossible de lire le calendrier de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="26"/>
        <source>no appointments in the next 7 days</source>
        <translation>aucun rendez-vous dans les 7 prochains jours</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="28"/>
        <source>several appointments in the next 7 days, the first &quot;%1&quot;</source>
        <translation>plusieurs rendez-vous dans les 7 prochains jours, le premier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="30"/>
        <source>one appointment in the next 7 days, &quot;%1&quot;</source>
        <translation>un rendez-vous dans les 7 prochains jours, «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="31"/>
        <source>the calendar of %1 can be read (%2, in %3 ms)</source>
        <translation>le calendrier de %1 peut être lu (%2, en %3 ms)</translation>
    </message>
</context>
<context>
    <name>cxsync::users::UserExclusions</name>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="25"/>
        <source>name a user: CRM logon, CRM user id or mailbox address</source>
        <translation>nommez un utilisateur&#xa0;: identifiant CRM, id d&apos;utilisateur CRM ou adresse de boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="65"/>
        <source>&apos;%1&apos; names %2 CRM users (%3): give the CRM logon instead</source>
        <translation>«&#xa0;%1&#xa0;» désigne %2 utilisateurs CRM (%3)&#xa0;: indiquez plutôt l&apos;identifiant CRM</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="71"/>
        <source>no CRM user has the logon, id or address &apos;%1&apos;</source>
        <translation>aucun utilisateur CRM n&apos;a l&apos;identifiant, l&apos;id ou l&apos;adresse «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="95"/>
        <source>&apos;%1&apos; names %2 users in the journal: give the CRM logon instead</source>
        <translation>«&#xa0;%1&#xa0;» désigne %2 utilisateurs dans le journal&#xa0;: indiquez plutôt l&apos;identifiant CRM</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="101"/>
        <source>no user with the logon, id or mailbox &apos;%1&apos; in the journal; run a user sync first</source>
        <translation>aucun utilisateur avec l&apos;identifiant, l&apos;id ou la boîte aux lettres «&#xa0;%1&#xa0;» dans le journal&#xa0;; exécutez d&apos;abord une synchronisation des utilisateurs</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="138"/>
        <source>disabled by the administrator: not synchronized, and not linked again by user sync until enabled</source>
        <translation>désactivé par l&apos;administrateur&#xa0;: non synchronisé, et non relié par la synchronisation des utilisateurs tant qu&apos;il n&apos;est pas activé</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="154"/>
        <source>%1 is excluded, but its Exchange user id could not be cleared in the CRM (the next user sync clears it): %2</source>
        <translation>%1 est exclu, mais son id d&apos;utilisateur Exchange n&apos;a pas pu être effacé dans le CRM (la prochaine synchronisation des utilisateurs l&apos;efface)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="180"/>
        <source>%1 is not disabled (it is %2)</source>
        <translation>%1 n&apos;est pas désactivé (il est %2)</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="184"/>
        <source>enabled by the administrator; the next user sync links it</source>
        <translation>activé par l&apos;administrateur&#xa0;; la prochaine synchronisation des utilisateurs le lie</translation>
    </message>
</context>
<context>
    <name>cxsync::users::UserLinkStore</name>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="20"/>
        <source>journal: %1: %2</source>
        <translation>journal&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="54"/>
        <source>reading user links</source>
        <translation>lecture des liens d&apos;utilisateurs</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="67"/>
        <source>reading the link of CRM user %1</source>
        <translation>lecture du lien de l&apos;utilisateur CRM %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="83"/>
        <source>its mailbox %1 was linked to %2</source>
        <translation>sa boîte aux lettres %1 était liée à %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="89"/>
        <source>releasing mailbox %1</source>
        <translation>libération de la boîte aux lettres %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="110"/>
        <source>writing the link of %1</source>
        <translation>écriture du lien de %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="125"/>
        <source>starting a transaction</source>
        <translation>démarrage d&apos;une transaction</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="135"/>
        <source>committing user links</source>
        <translation>validation des liens d&apos;utilisateurs</translation>
    </message>
</context>
<context>
    <name>cxsync::users::UserMatcher</name>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="77"/>
        <source>the Exchange account is disabled</source>
        <translation>le compte Exchange est désactivé</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="79"/>
        <source>guest account: it has no mailbox in this organization</source>
        <translation>compte invité&#xa0;: il n&apos;a pas de boîte aux lettres dans cette organisation</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="82"/>
        <source>the directory user has no mailbox (no primary SMTP address)</source>
        <translation>l&apos;utilisateur de l&apos;annuaire n&apos;a pas de boîte aux lettres (pas d&apos;adresse SMTP principale)</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="165"/>
        <source>the CRM user is deleted</source>
        <translation>l&apos;utilisateur CRM est supprimé</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="167"/>
        <source>its Exchange user id was cleared in the CRM, the legacy way of disabling a user: excluded until enabled again</source>
        <translation>son id d&apos;utilisateur Exchange a été effacé dans le CRM, l&apos;ancienne façon de désactiver un utilisateur&#xa0;: exclu jusqu&apos;à sa réactivation</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="171"/>
        <source>excluded by the administrator on %1</source>
        <translation>exclu par l&apos;administrateur le %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="173"/>
        <source>excluded by the administrator</source>
        <translation>exclu par l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="175"/>
        <source>the CRM user is disabled</source>
        <translation>l&apos;utilisateur CRM est désactivé</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/users/UserMatcher.cpp" line="222"/>
        <source>its e-mail %1 belongs to %n mailboxes</source>
        <translation>
            <numerusform>son e-mail %1 appartient à %n boîte aux lettres</numerusform>
            <numerusform>son e-mail %1 appartient à %n boîtes aux lettres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="230"/>
        <source>its address %1 is also another mailbox&apos;s</source>
        <translation>son adresse %1 est aussi celle d&apos;une autre boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="267"/>
        <location filename="../core/users/UserMatcher.cpp" line="301"/>
        <source>first + last name &quot;%1&quot; is unique on both sides</source>
        <translation>le prénom + nom «&#xa0;%1&#xa0;» est unique des deux côtés</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="279"/>
        <source>ambiguous name &quot;%1&quot;: %2 CRM users and %3 mailboxes have it</source>
        <translation>nom ambigu «&#xa0;%1&#xa0;»&#xa0;: %2 utilisateurs CRM et %3 boîtes aux lettres le portent</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="296"/>
        <source>the only mailbox named &quot;%1&quot;, %2, is taken by %3</source>
        <translation>la seule boîte aux lettres nommée «&#xa0;%1&#xa0;», %2, est prise par %3</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="316"/>
        <source>matches mailbox %1 by %2, but that mailbox is taken by %3</source>
        <translation>correspond à la boîte aux lettres %1 par %2, mais cette boîte aux lettres est prise par %3</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="339"/>
        <source>matches mailbox %1 by %2, but that mailbox is linked to %3</source>
        <translation>correspond à la boîte aux lettres %1 par %2, mais cette boîte aux lettres est liée à %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/users/UserMatcher.cpp" line="350"/>
        <source>%n CRM users carry this mailbox&apos;s Exchange user id</source>
        <translation>
            <numerusform>%n utilisateur CRM porte l&apos;id d&apos;utilisateur Exchange de cette boîte aux lettres</numerusform>
            <numerusform>%n utilisateurs CRM portent l&apos;id d&apos;utilisateur Exchange de cette boîte aux lettres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/users/UserMatcher.cpp" line="354"/>
        <source>duplicate e-mail: %n CRM users have the address %1</source>
        <translation>
            <numerusform>e-mail en double&#xa0;: %n utilisateur CRM a l&apos;adresse %1</numerusform>
            <numerusform>e-mail en double&#xa0;: %n utilisateurs CRM ont l&apos;adresse %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/users/UserMatcher.cpp" line="359"/>
        <source>%n CRM users have e-mail addresses that are aliases of %1</source>
        <translation>
            <numerusform>%n utilisateur CRM a une adresse e-mail qui est un alias de %1</numerusform>
            <numerusform>%n utilisateurs CRM ont des adresses e-mail qui sont des alias de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/users/UserMatcher.cpp" line="399"/>
        <source>Exchange user id put back from the journal: %n linked CRM users lost theirs at once (a restored CRM database?)</source>
        <translation>
            <numerusform>id d&apos;utilisateur Exchange rétabli depuis le journal&#xa0;: %n utilisateur CRM lié a perdu le sien d&apos;un coup (une base CRM restaurée&#xa0;?)</numerusform>
            <numerusform>id d&apos;utilisateur Exchange rétabli depuis le journal&#xa0;: %n utilisateurs CRM liés ont perdu le leur d&apos;un coup (une base CRM restaurée&#xa0;?)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="402"/>
        <source>the CRM user&apos;s Exchange user id is this mailbox&apos;s id</source>
        <translation>l&apos;id d&apos;utilisateur Exchange de l&apos;utilisateur CRM est l&apos;id de cette boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="404"/>
        <source>CRM e-mail %1 is the mailbox&apos;s primary SMTP address</source>
        <translation>l&apos;e-mail CRM %1 est l&apos;adresse SMTP principale de la boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="406"/>
        <source>CRM e-mail %1 is an alias of %2</source>
        <translation>l&apos;e-mail CRM %1 est un alias de %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="442"/>
        <source>its CRM user %1 may not be linked (deleted, disabled or excluded): not created again</source>
        <translation>son utilisateur CRM %1 ne peut pas être lié (supprimé, désactivé ou exclu)&#xa0;: non recréé</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="452"/>
        <source>no CRM user matches it, but %1 has the same name: not created, to avoid a duplicate (give the CRM user this e-mail address to link them)</source>
        <translation>aucun utilisateur CRM ne lui correspond, mais %1 porte le même nom&#xa0;: non créé, pour éviter un doublon (donnez à l&apos;utilisateur CRM cette adresse e-mail pour les lier)</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="464"/>
        <source>no CRM user matches it by id, e-mail, alias or name: create resource %1</source>
        <translation>aucun utilisateur CRM ne lui correspond par id, e-mail, alias ou nom&#xa0;: créer la ressource %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="470"/>
        <source>no CRM user matches it; Create CRM Users is off</source>
        <translation>aucun utilisateur CRM ne lui correspond&#xa0;; Créer les utilisateurs CRM est désactivé</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="489"/>
        <source>linked to Exchange server %1, not to this one: left alone</source>
        <translation>lié au serveur Exchange %1, pas à celui-ci&#xa0;: laissé tel quel</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="494"/>
        <source>no mailbox matches it by stored id, e-mail, alias or first + last name</source>
        <translation>aucune boîte aux lettres ne lui correspond par id enregistré, e-mail, alias ou prénom + nom</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="498"/>
        <source>its mailbox (Exchange user id %1) is no longer in the directory, and no other mailbox matches it</source>
        <translation>sa boîte aux lettres (id d&apos;utilisateur Exchange %1) n&apos;est plus dans l&apos;annuaire, et aucune autre boîte aux lettres ne lui correspond</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="502"/>
        <source>its mailbox %1 is no longer in the directory, and no other mailbox matches it</source>
        <translation>sa boîte aux lettres %1 n&apos;est plus dans l&apos;annuaire, et aucune autre boîte aux lettres ne lui correspond</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="528"/>
        <source>the CRM user no longer exists</source>
        <translation>l&apos;utilisateur CRM n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="589"/>
        <location filename="../core/users/UserMatcher.cpp" line="603"/>
        <source>a conflict</source>
        <translation>un conflit</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="616"/>
        <source>%1 (it matches mailbox %2 by %3)</source>
        <translation>%1 (il correspond à la boîte aux lettres %2 par %3)</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="628"/>
        <source>; the Exchange user id set on it in the CRM is cleared</source>
        <translation>&#xa0;; l&apos;id d&apos;utilisateur Exchange qui lui est attribué dans le CRM est effacé</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="651"/>
        <source>%1 (matched by %2)</source>
        <translation>%1 (correspondance par %2)</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="672"/>
        <source>linked by %1; the CRM and the journal agree</source>
        <translation>lié par %1&#xa0;; le CRM et le journal concordent</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="677"/>
        <source>%1 (was %2)</source>
        <translation>%1 (auparavant %2)</translation>
    </message>
</context>
<context>
    <name>cxsync::users::UserSync</name>
    <message>
        <location filename="../core/users/UserSync.cpp" line="34"/>
        <source>no CRM user matches it; Create CRM Users is off</source>
        <translation>aucun utilisateur CRM ne lui correspond&#xa0;; Créer les utilisateurs CRM est désactivé</translation>
    </message>
    <message>
        <location filename="../core/users/UserSync.cpp" line="36"/>
        <source>no CRM user matches it; CRM users are created on the CRM server only (Which Server Are You On)</source>
        <translation>aucun utilisateur CRM ne lui correspond&#xa0;; les utilisateurs CRM ne sont créés que sur le serveur CRM (Sur quel serveur êtes-vous)</translation>
    </message>
    <message>
        <location filename="../core/users/UserSync.cpp" line="90"/>
        <source>the CRM&apos;s Users table lacks %1: add the Exchange custom fields in the CRM&apos;s customization (Administration | Customization | Users) before synchronizing users</source>
        <translation>il manque %1 à la table Users du CRM&#xa0;: ajoutez les champs personnalisés Exchange dans la personnalisation du CRM (Administration | Customization | Users) avant de synchroniser les utilisateurs</translation>
    </message>
    <message>
        <location filename="../core/users/UserSync.cpp" line="103"/>
        <source>the CRM could not show whether its Users table has %1 (%2); the links are written anyway, and if a field is missing the first write says which and how to add it</source>
        <translation>le CRM n&apos;a pas pu montrer si sa table Users contient %1 (%2)&#xa0;; les liens sont écrits malgré tout, et s&apos;il manque un champ, la première écriture indique lequel et comment l&apos;ajouter</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="40"/>
        <source>stored id</source>
        <translation>id enregistré</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="42"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="44"/>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="46"/>
        <source>first + last name</source>
        <translation>prénom + nom</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="48"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="82"/>
        <source>linked</source>
        <translation>lié</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="84"/>
        <source>not linked</source>
        <translation>non lié</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="86"/>
        <source>excluded</source>
        <translation>exclu</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="88"/>
        <location filename="../core/users/UserSyncTypes.cpp" line="128"/>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="118"/>
        <source>link</source>
        <translation>lier</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="120"/>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="122"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="124"/>
        <source>unlink</source>
        <translation>délier</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="126"/>
        <source>exclude</source>
        <translation>exclure</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="130"/>
        <source>skip</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="143"/>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
</context>
<context>
    <name>cxsync::users::UserSyncApplier</name>
    <message numerus="yes">
        <location filename="../core/users/UserSyncApplier.cpp" line="183"/>
        <source>%n users recorded in the journal</source>
        <translation>
            <numerusform>%n utilisateur enregistré dans le journal</numerusform>
            <numerusform>%n utilisateurs enregistrés dans le journal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="216"/>
        <source>creating %1 for %2</source>
        <translation>création de %1 pour %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="221"/>
        <source>%1 was created in the CRM and linked there, but the journal was not written (the next user sync finds it by its Exchange user id): %2</source>
        <translation>%1 a été créé dans le CRM et lié là-bas, mais le journal n&apos;a pas été écrit (la prochaine synchronisation des utilisateurs le retrouve par son id d&apos;utilisateur Exchange)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="239"/>
        <source>writing the Exchange fields of %1</source>
        <translation>écriture des champs Exchange de %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="245"/>
        <source>the CRM links %1 to %2, but the journal was not written (the next user sync finds it by its Exchange user id): %3</source>
        <translation>le CRM lie %1 à %2, mais le journal n&apos;a pas été écrit (la prochaine synchronisation des utilisateurs le retrouve par son id d&apos;utilisateur Exchange)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="261"/>
        <source>clearing the Exchange fields of %1</source>
        <translation>effacement des champs Exchange de %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="282"/>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="286"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="297"/>
        <source>failed: %1: %2</source>
        <translation>échec&#xa0;: %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/panel/main.cpp" line="42"/>
        <source>CRM Exchange Sync control panel</source>
        <translation>Panneau de configuration de CRM Exchange Sync</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="45"/>
        <source>Settings file (INI).</source>
        <translation>Fichier de paramètres (INI).</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="49"/>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Rendre la fenêtre dans un fichier PNG et quitter.</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="53"/>
        <source>Start the Graph and Sage CRM sandboxes with sample data and open the panel on a profile for them.</source>
        <translation>Démarrer les bacs à sable Graph et Sage CRM avec des données d&apos;exemple et ouvrir le panneau sur un profil qui les utilise.</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="57"/>
        <source>Open on this tab (its title, e.g. Service, or its number from 1).</source>
        <translation>Ouvrir sur cet onglet (son titre, p. ex. Service, ou son numéro à partir de 1).</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="80"/>
        <location filename="../app/panel/main.cpp" line="149"/>
        <location filename="../app/panel/main.cpp" line="178"/>
        <source>CRM Exchange Sync</source>
        <translation>CRM Exchange Sync</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="101"/>
        <source>no tab %1</source>
        <translation>aucun onglet %1</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="147"/>
        <source>Starting the demo sandboxes (cxsync-sandbox)…</source>
        <translation>Démarrage des bacs à sable de démo (cxsync-sandbox)…</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="148"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="157"/>
        <source>Starting the demo sandboxes (cxsync-sandbox): %1 s of at most %2 s…</source>
        <translation>Démarrage des bacs à sable de démo (cxsync-sandbox)&#xa0;: %1 s sur %2 s au plus…</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="167"/>
        <source>Demo: the sandboxes stopped: %1</source>
        <translation>Démo&#xa0;: les bacs à sable se sont arrêtés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="174"/>
        <source>The demo sandboxes did not start: %1</source>
        <translation>Les bacs à sable de démo n&apos;ont pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="193"/>
        <source>Demo: Microsoft Graph sandbox at %1, Sage CRM sandbox at %2 (cxsync-sandbox, process %3). The profile and its secrets are discarded when the panel closes.</source>
        <translation>Démo&#xa0;: bac à sable Microsoft Graph sur %1, bac à sable Sage CRM sur %2 (cxsync-sandbox, processus %3). Le profil et ses secrets sont supprimés à la fermeture du panneau.</translation>
    </message>
</context>
</TS>
