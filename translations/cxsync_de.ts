<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>GraphClientAssertion</name>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="147"/>
        <source>No client certificate file is set.</source>
        <translation>Es ist keine Clientzertifikatdatei festgelegt.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="152"/>
        <source>The client certificate file %1 cannot be read: %2.</source>
        <translation>Die Clientzertifikatdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="155"/>
        <source>The client certificate file %1 is too large to be a certificate (%2 bytes).</source>
        <translation>Die Clientzertifikatdatei %1 ist zu groß für ein Zertifikat (%2 Byte).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="161"/>
        <source>The client certificate file %1 is empty.</source>
        <translation>Die Clientzertifikatdatei %1 ist leer.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="185"/>
        <source>%1 contains no private key: the file must hold the certificate together with its private key (PEM with both, or a .pfx/.p12 file).</source>
        <translation>%1 enthält keinen privaten Schlüssel: Die Datei muss das Zertifikat zusammen mit seinem privaten Schlüssel enthalten (PEM mit beidem oder eine .pfx/.p12-Datei).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="196"/>
        <source>The private key in %1 is encrypted, but no certificate password is stored.</source>
        <translation>Der private Schlüssel in %1 ist verschlüsselt, aber es ist kein Zertifikatkennwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="202"/>
        <source>The certificate password does not decrypt the private key in %1: check the stored certificate password.</source>
        <translation>Das Zertifikatkennwort entschlüsselt den privaten Schlüssel in %1 nicht: Prüfen Sie das gespeicherte Zertifikatkennwort.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="208"/>
        <source>The private key in %1 cannot be read (%2).</source>
        <translation>Der private Schlüssel in %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="215"/>
        <source>%1 is neither a PEM file nor a PKCS#12 (.pfx/.p12) file.</source>
        <translation>%1 ist weder eine PEM-Datei noch eine PKCS#12-Datei (.pfx/.p12).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="226"/>
        <source>%1 is protected by a password, but no certificate password is stored.</source>
        <translation>%1 ist kennwortgeschützt, aber es ist kein Zertifikatkennwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="229"/>
        <source>The certificate password does not open %1: check the stored certificate password.</source>
        <translation>Das Zertifikatkennwort öffnet %1 nicht: Prüfen Sie das gespeicherte Zertifikatkennwort.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="261"/>
        <source>%1 cannot be decrypted (%2).</source>
        <translation>%1 kann nicht entschlüsselt werden (%2).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="265"/>
        <source>%1 contains no private key: export the certificate together with its private key.</source>
        <translation>%1 enthält keinen privaten Schlüssel: Exportieren Sie das Zertifikat zusammen mit seinem privaten Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="273"/>
        <source>%1 contains no certificate, only a key: put the certificate and its private key in one file.</source>
        <translation>%1 enthält kein Zertifikat, nur einen Schlüssel: Legen Sie das Zertifikat und seinen privaten Schlüssel in eine Datei.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="279"/>
        <source>The private key in %1 is not an RSA key: Microsoft Entra client assertions are signed with RS256, which needs an RSA certificate.</source>
        <translation>Der private Schlüssel in %1 ist kein RSA-Schlüssel: Clientassertions für Microsoft Entra werden mit RS256 signiert, was ein RSA-Zertifikat erfordert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="289"/>
        <source>The private key in %1 does not belong to its certificate (%2): the certificate and the key come from different key pairs.</source>
        <translation>Der private Schlüssel in %1 gehört nicht zu seinem Zertifikat (%2): Zertifikat und Schlüssel stammen aus verschiedenen Schlüsselpaaren.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="303"/>
        <source>The certificate in %1 cannot be read.</source>
        <translation>Das Zertifikat in %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="320"/>
        <source>The client certificate in %1 (%2) expired on %3: create a new certificate, add it to the app registration and replace the file.</source>
        <translation>Das Clientzertifikat in %1 (%2) ist am %3 abgelaufen: Erstellen Sie ein neues Zertifikat, fügen Sie es der App-Registrierung hinzu und ersetzen Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="327"/>
        <source>The client certificate in %1 (%2) is not valid before %3: check this computer&apos;s clock.</source>
        <translation>Das Clientzertifikat in %1 (%2) ist erst ab %3 gültig: Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="373"/>
        <source>The private key in %1 could not sign the client assertion (%2).</source>
        <translation>Der private Schlüssel in %1 konnte die Clientassertion nicht signieren (%2).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="34"/>
        <source>Graph answered %1 with a body that is not a JSON object (%2).</source>
        <translation>Graph hat %1 mit einem Inhalt beantwortet, der kein JSON-Objekt ist (%2).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="21"/>
        <source>Could not %1 the Graph delta cursor: %2</source>
        <translation>Der Graph-Delta-Cursor konnte nicht %1 werden: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="54"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="98"/>
        <source>store</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="108"/>
        <source>clear</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphTokenProvider.cpp" line="61"/>
        <source>Sign-in to Microsoft Entra failed (%1): %2</source>
        <translation>Die Anmeldung bei Microsoft Entra ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphTokenProvider.cpp" line="132"/>
        <source>The token endpoint answered without access_token/expires_in.</source>
        <translation>Der Token-Endpunkt hat ohne access_token/expires_in geantwortet.</translation>
    </message>
</context>
<context>
    <name>cxsync::BoundedHttpServer</name>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="126"/>
        <source>more than %1 connections at once</source>
        <translation>mehr als %1 gleichzeitige Verbindungen</translation>
    </message>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="162"/>
        <source>no request within %1 ms of connecting</source>
        <translation>keine Anfrage innerhalb von %1 ms nach dem Verbindungsaufbau</translation>
    </message>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="168"/>
        <source>the request&apos;s header fields did not arrive within %1 ms</source>
        <translation>die Kopfzeilen der Anfrage kamen nicht innerhalb von %1 ms an</translation>
    </message>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="171"/>
        <source>the request body did not arrive within %1 ms</source>
        <translation>der Inhalt der Anfrage kam nicht innerhalb von %1 ms an</translation>
    </message>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="221"/>
        <source>the client does not read the answers</source>
        <translation>der Client liest die Antworten nicht</translation>
    </message>
</context>
<context>
    <name>cxsync::CheckCommand</name>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="164"/>
        <source>compare Exchange, the CRM and the journal&apos;s links for the linked users in
the sync window (read-only): orphans, duplicates, unlinked twins, field
drift; exit 0 when clean, 1 with findings</source>
        <translation>vergleicht Exchange, das CRM und die Verknüpfungen des Journals für die verknüpften Benutzer
im Synchronisierungszeitraum (nur lesend): Waisen, Duplikate, unverknüpfte Zwillinge,
Feldabweichungen; Exit-Code 0 ohne Befund, 1 mit Befunden</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="168"/>
        <source>Only this user (CRM logon or mailbox).</source>
        <translation>Nur dieser Benutzer (CRM-Anmeldung oder Postfach).</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="176"/>
        <source>usage: cxsync check [--user USER] [--json]</source>
        <translation>Aufruf: cxsync check [--user USER] [--json]</translation>
    </message>
</context>
<context>
    <name>cxsync::Cli</name>
    <message>
        <location filename="../cli/Cli.cpp" line="119"/>
        <source>%1; see cxsync help</source>
        <translation>%1; siehe cxsync help</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="120"/>
        <source>unknown option &apos;%1&apos;; see cxsync help</source>
        <translation>unbekannte Option „%1“; siehe cxsync help</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="134"/>
        <source>unknown command &apos;%1&apos;; see cxsync help</source>
        <translation>unbekannter Befehl „%1“; siehe cxsync help</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="152"/>
        <source>%1; see cxsync help %2</source>
        <translation>%1; siehe cxsync help %2</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="154"/>
        <source>unknown option &apos;%1&apos; for &apos;cxsync %2&apos;; see cxsync help %2</source>
        <translation>unbekannte Option „%1“ für „cxsync %2“; siehe cxsync help %2</translation>
    </message>
</context>
<context>
    <name>cxsync::CliContext</name>
    <message>
        <location filename="../cli/CliContext.cpp" line="125"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="128"/>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="143"/>
        <source>from systemd credential %1</source>
        <translation>aus den systemd-Anmeldedaten %1</translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="145"/>
        <source>from systemd credentials</source>
        <translation>aus den systemd-Anmeldedaten</translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="156"/>
        <location filename="../cli/CliContext.cpp" line="158"/>
        <source>from --secrets-file</source>
        <translation>aus --secrets-file</translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="163"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="171"/>
        <location filename="../cli/CliContext.cpp" line="173"/>
        <source>from standard input</source>
        <translation>aus der Standardeingabe</translation>
    </message>
</context>
<context>
    <name>cxsync::Command</name>
    <message>
        <location filename="../cli/Command.cpp" line="95"/>
        <source>the command &apos;%1&apos; cannot be run</source>
        <translation>der Befehl „%1“ kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="109"/>
        <source>Usage: cxsync %1</source>
        <translation>Aufruf: cxsync %1</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="112"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="114"/>
        <source>Usage: cxsync %1 SUBCOMMAND</source>
        <translation>Aufruf: cxsync %1 SUBCOMMAND</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="122"/>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="147"/>
        <source>(default: %1)</source>
        <translation>(Standard: %1)</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="155"/>
        <source>Show this help.</source>
        <translation>Zeigt diese Hilfe.</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="160"/>
        <source>Machine-readable output (JSON).</source>
        <translation>Maschinenlesbare Ausgabe (JSON).</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="170"/>
        <source>Show what would change; write nothing.</source>
        <translation>Zeigt, was sich ändern würde; schreibt nichts.</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="182"/>
        <source>Only from this date (2026-01-31, local midnight) or time (2026-01-31T14:00, with Z or an offset for UTC).</source>
        <translation>Nur ab diesem Datum (2026-01-31, Mitternacht Ortszeit) oder Zeitpunkt (2026-01-31T14:00, mit Z oder einem Versatz für UTC).</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="191"/>
        <source>Only messages in these states, comma-separated: waiting, retrying, parked, resolved, discarded.</source>
        <translation>Nur Nachrichten in diesen Zuständen, durch Kommas getrennt: waiting, retrying, parked, resolved, discarded.</translation>
    </message>
</context>
<context>
    <name>cxsync::ConfigCommand</name>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="31"/>
        <source>read, change, check, import and export the profile&apos;s settings</source>
        <translation>die Einstellungen des Profils lesen, ändern, prüfen, importieren und exportieren</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="59"/>
        <source>print every setting (secrets are never shown)</source>
        <translation>gibt jede Einstellung aus (Geheimnisse werden nie angezeigt)</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="63"/>
        <source>set one setting; the value is checked first</source>
        <translation>setzt eine Einstellung; der Wert wird zuerst geprüft</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="66"/>
        <source>check the whole configuration; exit 2 if invalid</source>
        <translation>prüft die gesamte Konfiguration; Exit-Code 2, wenn sie ungültig ist</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="69"/>
        <source>read settings from an INI file; all or nothing</source>
        <translation>liest Einstellungen aus einer INI-Datei; alles oder nichts</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="72"/>
        <source>write the settings (never secrets) to an INI file</source>
        <translation>schreibt die Einstellungen (nie Geheimnisse) in eine INI-Datei</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="75"/>
        <source>remove an additional Exchange server and its stored secrets</source>
        <translation>entfernt einen zusätzlichen Exchange-Server und seine gespeicherten Geheimnisse</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="84"/>
        <source>usage: cxsync config %1</source>
        <translation>Aufruf: cxsync config %1</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="91"/>
        <source>config needs a subcommand: show, set, validate, import, export or remove-server</source>
        <translation>config braucht einen Unterbefehl: show, set, validate, import, export oder remove-server</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="124"/>
        <source>settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="128"/>
        <source>policy (%1): read-only</source>
        <translation>Richtlinie (%1): schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="130"/>
        <location filename="../cli/ConfigCommand.cpp" line="141"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="134"/>
        <source>additional Exchange server %1</source>
        <translation>zusätzlicher Exchange-Server %1</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="159"/>
        <source>configuration is valid: %1</source>
        <translation>die Konfiguration ist gültig: %1</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="173"/>
        <source>cannot read &apos;%1&apos;: no such file.</source>
        <translation>„%1“ kann nicht gelesen werden: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="175"/>
        <source>cannot read &apos;%1&apos;: it is not a regular file.</source>
        <translation>„%1“ kann nicht gelesen werden: keine reguläre Datei.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="178"/>
        <source>&apos;%1&apos; is larger than 1 MiB; a settings file is a few kilobytes.</source>
        <translation>„%1“ ist größer als 1 MiB; eine Einstellungsdatei hat wenige Kilobyte.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="181"/>
        <source>&apos;%1&apos; is not a valid INI file.</source>
        <translation>„%1“ ist keine gültige INI-Datei.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="187"/>
        <location filename="../cli/ConfigCommand.cpp" line="206"/>
        <location filename="../cli/ConfigCommand.cpp" line="220"/>
        <location filename="../cli/ConfigCommand.cpp" line="251"/>
        <location filename="../cli/ConfigCommand.cpp" line="255"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="201"/>
        <source>%1: secrets are not imported from files; use `cxsync secret set`.</source>
        <translation>%1: Geheimnisse werden nicht aus Dateien importiert; verwenden Sie `cxsync secret set`.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="213"/>
        <source>&apos;%1&apos; holds no settings.</source>
        <translation>„%1“ enthält keine Einstellungen.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="228"/>
        <source>the primary</source>
        <translation>der primäre</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="241"/>
        <source>%1: Exchange server %2 would be %3, like %4: each server or tenant may be configured once.</source>
        <translation>%1: Exchange-Server %2 wäre %3, wie %4: Jeder Server oder Mandant darf nur einmal konfiguriert werden.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="246"/>
        <source>Exchange server %1</source>
        <translation>Exchange-Server %1</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="260"/>
        <source>nothing was imported.</source>
        <translation>es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="263"/>
        <source>imported %1 settings from %2</source>
        <translation>%1 Einstellungen aus %2 importiert</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="265"/>
        <source>not imported: %1 is managed by policy (%2); the policy&apos;s value applies.</source>
        <translation>nicht importiert: %1 wird durch eine Richtlinie verwaltet (%2); es gilt der Wert der Richtlinie.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="298"/>
        <location filename="../cli/ConfigCommand.cpp" line="304"/>
        <source>cannot write &apos;%1&apos;.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="306"/>
        <source>exported settings to %1 (secrets are not exported)</source>
        <translation>Einstellungen nach %1 exportiert (Geheimnisse werden nicht exportiert)</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="309"/>
        <source>unknown config subcommand &apos;%1&apos;; see cxsync help config</source>
        <translation>unbekannter config-Unterbefehl „%1“; siehe cxsync help config</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="315"/>
        <source>usage: cxsync config remove-server NAME</source>
        <translation>Aufruf: cxsync config remove-server NAME</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="326"/>
        <source>there is no additional Exchange server &apos;%1&apos; in %2</source>
        <translation>in %2 gibt es keinen zusätzlichen Exchange-Server „%1“</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="339"/>
        <source>Exchange server %1 removed from %2</source>
        <translation>Exchange-Server %1 aus %2 entfernt</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="344"/>
        <source>a stored password of Exchange server %1 was not deleted: %2 (delete it from the %3 by hand)</source>
        <translation>ein gespeichertes Kennwort von Exchange-Server %1 wurde nicht gelöscht: %2 (löschen Sie es von Hand aus dem %3)</translation>
    </message>
</context>
<context>
    <name>cxsync::ConfigMigration</name>
    <message>
        <location filename="../core/config/ConfigMigration.cpp" line="24"/>
        <location filename="../core/config/ConfigMigration.cpp" line="46"/>
        <source>%1 is &apos;%2&apos;, not a version number.</source>
        <translation>%1 ist „%2“, keine Versionsnummer.</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigMigration.cpp" line="29"/>
        <source>configVersion %1 is newer than this version understands (%2); import it with the version that wrote it.</source>
        <translation>configVersion %1 ist neuer, als diese Version versteht (%2); importieren Sie sie mit der Version, die sie geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigMigration.cpp" line="52"/>
        <source>the configuration was written by a newer version of CRM Exchange Sync (config version %1; this program understands up to %2).</source>
        <translation>die Konfiguration wurde von einer neueren Version von CRM Exchange Sync geschrieben (Konfigurationsversion %1; dieses Programm versteht bis Version %2).</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigMigration.cpp" line="69"/>
        <source>cannot write the migrated configuration to &apos;%1&apos;.</source>
        <translation>die migrierte Konfiguration kann nicht nach „%1“ geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>cxsync::ConnectionHints</name>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="42"/>
        <source>The settings are incomplete or invalid: %1.</source>
        <translation>Die Einstellungen sind unvollständig oder ungültig: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="43"/>
        <source>Correct the settings and save them.</source>
        <translation>Korrigieren Sie die Einstellungen und speichern Sie sie.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="44"/>
        <source>Correct the field &apos;%1&apos; and save.</source>
        <translation>Korrigieren Sie das Feld „%1“ und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="50"/>
        <source>Enter the password or secret in the control panel and save, or store it with &apos;cxsync secret set NAME&apos; (read from standard input).</source>
        <translation>Geben Sie das Kennwort oder Geheimnis in der Systemsteuerung ein und speichern Sie, oder speichern Sie es mit „cxsync secret set NAME“ (liest von der Standardeingabe).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="56"/>
        <source>The name %1 does not resolve: %2.</source>
        <translation>Der Name %1 lässt sich nicht auflösen: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="57"/>
        <source>Check the spelling of the server name and this machine&apos;s DNS settings; an on-premises server may only be known by its internal DNS name.</source>
        <translation>Prüfen Sie die Schreibweise des Servernamens und die DNS-Einstellungen dieses Computers; ein lokaler Server ist möglicherweise nur unter seinem internen DNS-Namen bekannt.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="63"/>
        <source>%1 cannot be reached: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="64"/>
        <source>Check that the server is running and the port is right, and that no firewall or proxy blocks connections from this machine.</source>
        <translation>Prüfen Sie, ob der Server läuft und der Port stimmt und ob keine Firewall und kein Proxy Verbindungen von diesem Computer blockiert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="70"/>
        <source>The TLS certificate of %1 is not trusted: %2.</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="71"/>
        <source>Install the issuing CA&apos;s certificate in this machine&apos;s trust store, or give the server a certificate from a trusted CA whose name matches the host name and that has not expired. Certificate checks are never switched off.</source>
        <translation>Installieren Sie das Zertifikat der ausstellenden Zertifizierungsstelle im Vertrauensspeicher dieses Computers, oder geben Sie dem Server ein nicht abgelaufenes Zertifikat einer vertrauenswürdigen Zertifizierungsstelle, dessen Name zum Hostnamen passt. Zertifikatprüfungen werden nie abgeschaltet.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="79"/>
        <source>This machine&apos;s clock is %1 seconds %2 %3&apos;s clock.</source>
        <translation>Die Uhr dieses Computers geht gegenüber der Uhr von %3 um %1 Sekunden %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="81"/>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="81"/>
        <source>ahead of</source>
        <translation>vor</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="82"/>
        <source>Synchronize the clock with a time server (Windows: w32tm /resync; Linux: timedatectl set-ntp true). Sign-in and change tracking fail when clocks differ by minutes.</source>
        <translation>Synchronisieren Sie die Uhr mit einem Zeitserver (Windows: w32tm /resync; Linux: timedatectl set-ntp true). Anmeldung und Änderungsverfolgung schlagen fehl, wenn die Uhren um Minuten abweichen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="89"/>
        <source>The CRM lacks the fields the synchronization keeps its links in: %1.</source>
        <translation>Im CRM fehlen die Felder, in denen die Synchronisierung ihre Verknüpfungen speichert: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="91"/>
        <source>Add them in CRM Administration &gt; Customization as text fields (Users: User_ExchangeServer and User_ExchangeUserId; Communication: Comm_ExchangeId and Comm_ExchangeResponses), then run Test Connection again.</source>
        <translation>Legen Sie sie in der CRM-Administration unter Administration &gt; Anpassung als Textfelder an (Benutzer: User_ExchangeServer und User_ExchangeUserId; Kommunikation: Comm_ExchangeId und Comm_ExchangeResponses), und führen Sie dann „Verbindung testen“ erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="100"/>
        <source>The CRM&apos;s metadata could not show whether it has %1.</source>
        <translation>Die Metadaten des CRM konnten nicht zeigen, ob es %1 hat.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="101"/>
        <source>Check in CRM Administration &gt; Customization that they exist as text fields; synchronization goes on, and if one is missing the first write that needs it fails naming it.</source>
        <translation>Prüfen Sie in der CRM-Administration &gt; Anpassung, ob sie als Textfelder vorhanden sind; die Synchronisierung läuft weiter, und fehlt eines, scheitert der erste Schreibvorgang, der es braucht, und nennt es.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="108"/>
        <source>The CRM Exchange Sync service is not running on this machine (nothing listens on %1).</source>
        <translation>Der Dienst CRM Exchange Sync läuft auf diesem Computer nicht (auf %1 lauscht nichts).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="110"/>
        <source>Start it: &apos;cxsync serve&apos;, or its systemd unit or Windows service (the Service tab shows whether it runs); then run Test Connection again to check the public URL.</source>
        <translation>Starten Sie ihn: „cxsync serve“, oder seine systemd-Unit bzw. seinen Windows-Dienst (die Registerkarte „Dienst“ zeigt, ob er läuft); testen Sie danach die Verbindung erneut, um die öffentliche URL zu prüfen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="120"/>
        <source>The service runs on this machine (it listens on %1), but the public URL %2 does not reach it: %3.</source>
        <translation>Der Dienst läuft auf diesem Computer (er lauscht auf %1), aber die öffentliche URL %2 erreicht ihn nicht: %3.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="123"/>
        <source>Make sure the public URL (or the reverse proxy in front of it) forwards to %1, and that no firewall blocks it.</source>
        <translation>Stellen Sie sicher, dass die öffentliche URL (oder der vorgeschaltete Reverse-Proxy) an %1 weiterleitet und keine Firewall sie blockiert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="127"/>
        <source>Nothing answers the notification handshake at %1: %2.</source>
        <translation>Unter %1 beantwortet niemand den Benachrichtigungs-Handshake: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="128"/>
        <source>Start the CRM Exchange Sync service on this machine, and make sure the public URL (or the reverse proxy in front of it) forwards to the listener&apos;s bind address and port.</source>
        <translation>Starten Sie den Dienst CRM Exchange Sync auf diesem Computer, und stellen Sie sicher, dass die öffentliche URL (oder der vorgeschaltete Reverse-Proxy) an Bindungsadresse und Port des Listeners weiterleitet.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="135"/>
        <source>Something answers at %1, but not the notification listener: %2.</source>
        <translation>Unter %1 antwortet etwas, aber nicht der Benachrichtigungs-Listener: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="136"/>
        <source>Point the reverse proxy at the listener&apos;s bind address and port, and the public URL at the proxy.</source>
        <translation>Richten Sie den Reverse-Proxy auf Bindungsadresse und Port des Listeners aus und die öffentliche URL auf den Proxy.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="142"/>
        <source>no application permissions at all</source>
        <translation>überhaupt keine Anwendungsberechtigungen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="145"/>
        <source>The app registration lacks admin-consented application permission %1 (its token carries %2).</source>
        <translation>Der App-Registrierung fehlt die Anwendungsberechtigung %1 mit Administratorzustimmung (ihr Token enthält %2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="147"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="148"/>
        <source>In the Microsoft Entra admin center open App registrations &gt; the app &gt; API permissions, add the Microsoft Graph application permissions Calendars.ReadWrite and User.Read.All, and select &apos;Grant admin consent&apos;.</source>
        <translation>Öffnen Sie im Microsoft Entra Admin Center App-Registrierungen &gt; die App &gt; API-Berechtigungen, fügen Sie die Microsoft Graph-Anwendungsberechtigungen Calendars.ReadWrite und User.Read.All hinzu, und wählen Sie „Administratorzustimmung erteilen“.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="156"/>
        <source>The CRM rejected the logon &apos;%1&apos;: wrong user name or password.</source>
        <translation>Das CRM hat die Anmeldung „%1“ abgelehnt: falscher Benutzername oder falsches Kennwort.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="157"/>
        <source>Check CRM User For Synchronization and enter its password again: it is the user&apos;s CRM logon, as used in the CRM web client.</source>
        <translation>Prüfen Sie „CRM-Benutzer für die Synchronisierung“ und geben Sie das Kennwort erneut ein: Es ist die CRM-Anmeldung des Benutzers, wie sie im CRM-Webclient verwendet wird.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="161"/>
        <source>The CRM user &apos;%1&apos; is disabled.</source>
        <translation>Der CRM-Benutzer „%1“ ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="162"/>
        <source>In CRM Administration &gt; Users, open the user and clear Disabled, or choose another user for synchronization.</source>
        <translation>Öffnen Sie in der CRM-Administration unter Administration &gt; Benutzer den Benutzer und entfernen Sie „Disabled“ (Deaktiviert), oder wählen Sie einen anderen Benutzer für die Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="166"/>
        <source>The CRM user &apos;%1&apos; is a resource, and resources cannot log on.</source>
        <translation>Der CRM-Benutzer „%1“ ist eine Ressource, und Ressourcen können sich nicht anmelden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="167"/>
        <source>Use a full CRM user for synchronization, ideally a dedicated one with administrator rights.</source>
        <translation>Verwenden Sie für die Synchronisierung einen vollwertigen CRM-Benutzer, am besten einen eigenen mit Administratorrechten.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="171"/>
        <source>The CRM user &apos;%1&apos; may not log on through the API: External Logon Allowed is not set.</source>
        <translation>Der CRM-Benutzer „%1“ darf sich nicht über die API anmelden: „External Logon Allowed“ ist nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="174"/>
        <source>In CRM Administration &gt; Users, open the user, tick External Logon Allowed and save.</source>
        <translation>Öffnen Sie in der CRM-Administration unter Administration &gt; Benutzer den Benutzer, aktivieren Sie „External Logon Allowed“ und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="177"/>
        <source>The CRM accepted the password of &apos;%1&apos; but refused API access.</source>
        <translation>Das CRM hat das Kennwort von „%1“ akzeptiert, aber den API-Zugriff verweigert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="178"/>
        <source>In CRM Administration &gt; Users, make sure the user is not disabled, is not a resource and has External Logon Allowed ticked.</source>
        <translation>Stellen Sie in der CRM-Administration unter Administration &gt; Benutzer sicher, dass der Benutzer nicht deaktiviert und keine Ressource ist und „External Logon Allowed“ aktiviert hat.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="181"/>
        <source>The CRM</source>
        <translation>Das CRM</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="189"/>
        <source>The client certificate cannot be used: %1</source>
        <translation>Das Clientzertifikat kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="191"/>
        <source>Select the certificate file that holds both the certificate and its private key (PEM or PFX); renew an expired certificate and upload its public part to the app registration.</source>
        <translation>Wählen Sie die Zertifikatdatei, die sowohl das Zertifikat als auch seinen privaten Schlüssel enthält (PEM oder PFX); erneuern Sie ein abgelaufenes Zertifikat und laden Sie seinen öffentlichen Teil in die App-Registrierung hoch.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="194"/>
        <source>Enter the certificate file&apos;s password again (Certificate Password).</source>
        <translation>Geben Sie das Kennwort der Zertifikatdatei erneut ein (Zertifikatkennwort).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="196"/>
        <source>Microsoft Entra does not know the tenant &apos;%1&apos; (%2).</source>
        <translation>Microsoft Entra kennt den Mandanten „%1“ nicht (%2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="197"/>
        <source>Copy the Directory (tenant) ID from the Microsoft Entra admin center &gt; Overview, or use one of the tenant&apos;s verified domain names.</source>
        <translation>Kopieren Sie die Verzeichnis-ID (Mandant) aus dem Microsoft Entra Admin Center &gt; Übersicht, oder verwenden Sie einen der verifizierten Domänennamen des Mandanten.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="201"/>
        <source>The tenant has no application with the client id &apos;%1&apos; (%2).</source>
        <translation>Der Mandant hat keine Anwendung mit der Client-ID „%1“ (%2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="202"/>
        <source>Copy the Application (client) ID from App registrations &gt; the app &gt; Overview, and check that the app is registered in this tenant.</source>
        <translation>Kopieren Sie die Anwendungs-ID (Client) aus App-Registrierungen &gt; die App &gt; Übersicht, und prüfen Sie, ob die App in diesem Mandanten registriert ist.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="205"/>
        <source>Microsoft Entra refused the client secret (%1).</source>
        <translation>Microsoft Entra hat den geheimen Clientschlüssel abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="206"/>
        <source>Enter the secret&apos;s Value, not its Secret ID. If the value is lost, create a new client secret under App registrations &gt; the app &gt; Certificates &amp; secrets.</source>
        <translation>Geben Sie den Wert des Geheimnisses ein, nicht seine geheime ID. Ist der Wert verloren, erstellen Sie unter App-Registrierungen &gt; die App &gt; Zertifikate &amp; Geheimnisse einen neuen geheimen Clientschlüssel.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="209"/>
        <source>The client secret has expired (%1).</source>
        <translation>Der geheime Clientschlüssel ist abgelaufen (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="210"/>
        <source>Create a new client secret under App registrations &gt; the app &gt; Certificates &amp; secrets, enter its value here, and note when it expires.</source>
        <translation>Erstellen Sie unter App-Registrierungen &gt; die App &gt; Zertifikate &amp; Geheimnisse einen neuen geheimen Clientschlüssel, geben Sie hier seinen Wert ein und notieren Sie, wann er abläuft.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="214"/>
        <source>Microsoft Entra could not verify the certificate&apos;s signature (%1).</source>
        <translation>Microsoft Entra konnte die Signatur des Zertifikats nicht überprüfen (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="215"/>
        <source>Upload the certificate&apos;s public part (.cer) under App registrations &gt; the app &gt; Certificates &amp; secrets, or select the certificate that is registered there.</source>
        <translation>Laden Sie den öffentlichen Teil des Zertifikats (.cer) unter App-Registrierungen &gt; die App &gt; Zertifikate &amp; Geheimnisse hoch, oder wählen Sie das dort registrierte Zertifikat.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="219"/>
        <source>The signed sign-in request is outside its valid time range (%1).</source>
        <translation>Die signierte Anmeldeanforderung liegt außerhalb ihres Gültigkeitszeitraums (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="220"/>
        <source>Synchronize this machine&apos;s clock with a time server (Windows: w32tm /resync; Linux: timedatectl set-ntp true).</source>
        <translation>Synchronisieren Sie die Uhr dieses Computers mit einem Zeitserver (Windows: w32tm /resync; Linux: timedatectl set-ntp true).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="223"/>
        <source>Microsoft Entra refused the sign-in: %1</source>
        <translation>Microsoft Entra hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="224"/>
        <source>Look the code up in Microsoft&apos;s AADSTS error reference; check tenant, client id and credential.</source>
        <translation>Schlagen Sie den Code in der AADSTS-Fehlerreferenz von Microsoft nach; prüfen Sie Mandant, Client-ID und Anmeldeinformationen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="226"/>
        <source>The Microsoft Entra sign-in endpoint</source>
        <translation>Der Anmeldeendpunkt von Microsoft Entra</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="235"/>
        <source>An Exchange Online application access policy keeps the app away from the mailbox &apos;%1&apos;.</source>
        <translation>Eine Anwendungszugriffsrichtlinie von Exchange Online sperrt die App für das Postfach „%1“.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="238"/>
        <source>Add the mailbox to the mail-enabled security group the policy is scoped to, or change the policy (Exchange Online PowerShell: Get-ApplicationAccessPolicy, Test-ApplicationAccessPolicy -Identity &lt;mailbox&gt; -AppId &lt;client id&gt;). Changes take a while to apply.</source>
        <translation>Fügen Sie das Postfach der E-Mail-aktivierten Sicherheitsgruppe hinzu, auf die die Richtlinie beschränkt ist, oder ändern Sie die Richtlinie (Exchange Online PowerShell: Get-ApplicationAccessPolicy, Test-ApplicationAccessPolicy -Identity &lt;mailbox&gt; -AppId &lt;client id&gt;). Änderungen werden erst nach einiger Zeit wirksam.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="247"/>
        <source>The mailbox &apos;%1&apos; is inactive, soft-deleted, unlicensed or hosted on-premises.</source>
        <translation>Das Postfach „%1“ ist inaktiv, vorläufig gelöscht, nicht lizenziert oder lokal gehostet.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="248"/>
        <source>Assign the user an Exchange Online licence, or choose a mailbox in Exchange Online (mailboxes on premises are reached over EWS).</source>
        <translation>Weisen Sie dem Benutzer eine Exchange Online-Lizenz zu, oder wählen Sie ein Postfach in Exchange Online (lokale Postfächer werden über EWS erreicht).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="252"/>
        <source>Exchange has no mailbox &apos;%1&apos;.</source>
        <translation>Exchange hat kein Postfach „%1“.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="253"/>
        <source>Check the address: use the mailbox&apos;s primary SMTP address or the user&apos;s principal name in this tenant.</source>
        <translation>Prüfen Sie die Adresse: Verwenden Sie die primäre SMTP-Adresse des Postfachs oder den Benutzerprinzipalnamen in diesem Mandanten.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="255"/>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="261"/>
        <source>%1 is throttling requests: %2</source>
        <translation>%1 drosselt Anfragen: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="262"/>
        <source>Wait a few minutes and test again; if it persists, another program may be using the same account or app registration heavily.</source>
        <translation>Warten Sie einige Minuten und testen Sie erneut; bleibt der Fehler bestehen, nutzt möglicherweise ein anderes Programm dasselbe Konto oder dieselbe App-Registrierung sehr stark.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="268"/>
        <source>%1 did not answer in time: %2</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="269"/>
        <source>Check the network path (firewalls that drop packets, proxies) and the server&apos;s load.</source>
        <translation>Prüfen Sie den Netzwerkpfad (Firewalls, die Pakete verwerfen, Proxys) und die Auslastung des Servers.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="273"/>
        <source>%1 answered: %2</source>
        <translation>%1 hat geantwortet: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="274"/>
        <source>Test again; if it persists, turn on Diagnostic Mode and read the trace in the log.</source>
        <translation>Testen Sie erneut; bleibt der Fehler bestehen, schalten Sie den Diagnosemodus ein und lesen Sie die Ablaufverfolgung im Protokoll.</translation>
    </message>
</context>
<context>
    <name>cxsync::ConnectionTest</name>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="114"/>
        <source>Settings are complete and valid</source>
        <translation>Einstellungen vollständig und gültig</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="116"/>
        <source>EWS URL (setting or Autodiscover)</source>
        <translation>EWS-URL (Einstellung oder Autodiscover)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="118"/>
        <source>Server names resolve</source>
        <translation>Servernamen lassen sich auflösen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="120"/>
        <source>Servers accept connections</source>
        <translation>Server nehmen Verbindungen an</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="122"/>
        <source>TLS handshake and certificates</source>
        <translation>TLS-Handshake und Zertifikate</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="124"/>
        <source>CRM logon</source>
        <translation>CRM-Anmeldung</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="126"/>
        <source>CRM user may log on externally</source>
        <translation>CRM-Benutzer darf sich extern anmelden</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="128"/>
        <source>CRM custom fields present</source>
        <translation>Benutzerdefinierte CRM-Felder vorhanden</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="130"/>
        <source>CRM REST API level</source>
        <translation>Stand der CRM-REST-API</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="132"/>
        <source>Microsoft Entra token obtained</source>
        <translation>Token von Microsoft Entra erhalten</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="134"/>
        <source>Permission to read users</source>
        <translation>Berechtigung zum Lesen von Benutzern</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="136"/>
        <source>Permission to read and write the test mailbox&apos;s calendar</source>
        <translation>Berechtigung zum Lesen und Schreiben des Kalenders im Testpostfach</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="138"/>
        <source>Additional Exchange servers reachable</source>
        <translation>Zusätzliche Exchange-Server erreichbar</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="140"/>
        <source>Application limited to its mailboxes (least privilege)</source>
        <translation>Anwendung auf ihre Postfächer beschränkt (minimale Rechte)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="142"/>
        <source>Clocks agree</source>
        <translation>Uhren stimmen überein</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="144"/>
        <source>Notification listener reachable</source>
        <translation>Benachrichtigungs-Listener erreichbar</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="205"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="250"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="209"/>
        <source>Skipped: the settings are not usable.</source>
        <translation>Übersprungen: Die Einstellungen sind nicht verwendbar.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="298"/>
        <source>Make sure the keychain (Secret Service) is running and unlocked, or hand the secrets in with --secrets-file.</source>
        <translation>Stellen Sie sicher, dass der Schlüsselbund (Secret Service) läuft und entsperrt ist, oder übergeben Sie die Geheimnisse mit --secrets-file.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="322"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="324"/>
        <source>Microsoft Entra sign-in</source>
        <translation>Microsoft Entra-Anmeldung</translation>
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
        <translation>Microsoft-Entra-Anmeldung (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="334"/>
        <source>Microsoft Graph (%1)</source>
        <translation>Microsoft Graph (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="340"/>
        <source>Settings valid; secrets found; servers: %1</source>
        <translation>Einstellungen gültig; Geheimnisse gefunden; Server: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="422"/>
        <source>Not used: Exchange Online (Microsoft Graph).</source>
        <translation>Nicht verwendet: Exchange Online (Microsoft Graph).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="433"/>
        <source>%1 Using %2; if that is not the EWS address, enter it as EWS URL.</source>
        <translation>%1 Es wird %2 verwendet; wenn das nicht die EWS-Adresse ist, tragen Sie sie als EWS-URL ein.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="437"/>
        <source>EWS URL from the settings: %1</source>
        <translation>EWS-URL aus den Einstellungen: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="440"/>
        <source>Autodiscover found %1 for %2 (answered by %3).</source>
        <translation>Autodiscover hat %1 für %2 gefunden (Antwort von %3).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="459"/>
        <source>%1 is an address</source>
        <translation>%1 ist eine Adresse</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="471"/>
        <source>no addresses</source>
        <translation>keine Adressen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="487"/>
        <source>no answer from DNS within %1 s</source>
        <translation>keine Antwort vom DNS innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="514"/>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="522"/>
        <source>no answer within %1 s (a firewall may be dropping the connection)</source>
        <translation>keine Antwort innerhalb von %1 s (möglicherweise verwirft eine Firewall die Verbindung)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="539"/>
        <source>plain HTTP on loopback, no TLS</source>
        <translation>unverschlüsseltes HTTP auf Loopback, kein TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="572"/>
        <source>the certificate&apos;s SHA-256 fingerprint %1 is not the pinned one</source>
        <translation>der SHA-256-Fingerabdruck %1 des Zertifikats ist nicht der festgelegte</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="577"/>
        <source>%1, certificate for %2 issued by %3, valid until %4</source>
        <translation>%1, Zertifikat für %2, ausgestellt von %3, gültig bis %4</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="595"/>
        <source>no TLS handshake within %1 s</source>
        <translation>kein TLS-Handshake innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="607"/>
        <source>Skipped: the CRM server cannot be reached.</source>
        <translation>Übersprungen: Der CRM-Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="620"/>
        <source>Logged on as &apos;%1&apos; (%2 %3).</source>
        <translation>Angemeldet als „%1“ (%2 %3).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="625"/>
        <source>The CRM accepted the logon &apos;%1&apos;.</source>
        <translation>Das CRM hat die Anmeldung „%1“ akzeptiert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="639"/>
        <source>Skipped: no CRM logon.</source>
        <translation>Übersprungen: keine CRM-Anmeldung.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="652"/>
        <source>&apos;%1&apos; may use the CRM&apos;s REST API.</source>
        <translation>„%1“ darf die REST-API des CRM verwenden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="660"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="699"/>
        <source>Skipped: no CRM access.</source>
        <translation>Übersprungen: kein CRM-Zugriff.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="672"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="711"/>
        <source>The CRM</source>
        <translation>Das CRM</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="675"/>
        <source>Missing: %1</source>
        <translation>Fehlend: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="679"/>
        <source>Could not confirm: %1 (%2).</source>
        <translation>Nicht bestätigt: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="685"/>
        <source>User_ExchangeServer, User_ExchangeUserId, Comm_ExchangeId and Comm_ExchangeResponses are present.</source>
        <translation>User_ExchangeServer, User_ExchangeUserId, Comm_ExchangeId und Comm_ExchangeResponses sind vorhanden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="690"/>
        <source>Checked on records: %1.</source>
        <translation>An Datensätzen geprüft: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="733"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="867"/>
        <source>The Exchange server</source>
        <translation>Der Exchange-Server</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="740"/>
        <source>The Exchange server did not answer within %1 ms (timed out).</source>
        <translation>Der Exchange-Server hat nicht innerhalb von %1 ms geantwortet (Zeitüberschreitung).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="747"/>
        <source>Not used: the Exchange server is on premises (EWS).</source>
        <translation>Nicht verwendet: Der Exchange-Server ist lokal (EWS).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="751"/>
        <source>Skipped: the sign-in endpoint cannot be reached.</source>
        <translation>Übersprungen: Der Anmeldeendpunkt ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="770"/>
        <source>Token obtained; it carries no application permissions (admin consent missing?).</source>
        <translation>Token erhalten; es enthält keine Anwendungsberechtigungen (fehlt die Administratorzustimmung?).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="771"/>
        <source>Token obtained; application permissions: %1.</source>
        <translation>Token erhalten; Anwendungsberechtigungen: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="815"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="843"/>
        <source>Skipped: no token.</source>
        <translation>Übersprungen: kein Token.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="833"/>
        <source>The directory&apos;s users can be read.</source>
        <translation>Die Benutzer des Verzeichnisses können gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="849"/>
        <source>No test mailbox: set Exchange Account or name one with --mailbox.</source>
        <translation>Kein Testpostfach: Legen Sie „Exchange-Konto“ fest oder geben Sie eines mit --mailbox an.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="880"/>
        <source>The calendar of %1 can be read (write probe not requested).</source>
        <translation>Der Kalender von %1 kann gelesen werden (Schreibprobe nicht angefordert).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="900"/>
        <source>CRM Exchange Sync connection test (safe to delete)</source>
        <translation>CRM Exchange Sync – Verbindungstest (kann gelöscht werden)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="901"/>
        <source>Created and deleted again by Test Connection.</source>
        <translation>Von „Verbindung testen“ erstellt und wieder gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="917"/>
        <source>Reading works, creating a test event does not: %1</source>
        <translation>Lesen funktioniert, das Erstellen eines Testtermins nicht: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="930"/>
        <source>A test event was created but could not be deleted (delete it by hand: &apos;CRM Exchange Sync connection test&apos;, id %1): %2</source>
        <translation>Ein Testtermin wurde erstellt, konnte aber nicht gelöscht werden (löschen Sie ihn von Hand: „CRM Exchange Sync – Verbindungstest“, ID %1): %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="936"/>
        <source>The calendar of %1 can be read and written (a test event was created and deleted).</source>
        <translation>Der Kalender von %1 kann gelesen und geschrieben werden (ein Testtermin wurde erstellt und gelöscht).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="953"/>
        <source>No additional Exchange servers are configured.</source>
        <translation>Es sind keine zusätzlichen Exchange-Server konfiguriert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1026"/>
        <source>no token: %1</source>
        <translation>kein Token: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1034"/>
        <source>the directory cannot be read: %1</source>
        <translation>das Verzeichnis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1002"/>
        <source>the calendar of %1 cannot be read: %2</source>
        <translation>der Kalender von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="786"/>
        <source>No Exchange Account to look up in the directory.</source>
        <translation>Kein Exchange-Konto, das im Verzeichnis gesucht werden könnte.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="804"/>
        <source>The directory does not resolve %1 (ResolveNames found no mailbox).</source>
        <translation>Das Verzeichnis löst %1 nicht auf (ResolveNames hat kein Postfach gefunden).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="807"/>
        <source>The directory resolves %1 to the mailbox %2 (users are linked this way).</source>
        <translation>Das Verzeichnis löst %1 zum Postfach %2 auf (so werden Benutzer verknüpft).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1011"/>
        <source>token obtained, the directory and the calendar of %1 can be read.</source>
        <translation>Token erhalten, das Verzeichnis und der Kalender von %1 können gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1013"/>
        <source>the calendar of %1 can be read.</source>
        <translation>der Kalender von %1 kann gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1065"/>
        <source>No out-of-scope mailbox is set (Out-of-Scope Mailbox), so the application&apos;s scope is not checked.</source>
        <translation>Kein Postfach außerhalb des Bereichs gesetzt (Postfach außerhalb des Bereichs), daher wird der Bereich der Anwendung nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1070"/>
        <source>Skipped: the Exchange server cannot be used.</source>
        <translation>Übersprungen: der Exchange-Server kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1131"/>
        <source>Skipped: no server answered.</source>
        <translation>Übersprungen: Kein Server hat geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1147"/>
        <source>%1: %2 s</source>
        <translation>%1: %2 s</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1155"/>
        <source>Skipped: no server answered with its time.</source>
        <translation>Übersprungen: Kein Server hat mit seiner Uhrzeit geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1159"/>
        <source>Server clock minus this machine&apos;s: %1</source>
        <translation>Serveruhr minus Uhr dieses Computers: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1168"/>
        <source>Push notifications are not configured; changes are found by polling.</source>
        <translation>Push-Benachrichtigungen sind nicht konfiguriert; Änderungen werden durch Abfragen (Polling) gefunden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1230"/>
        <source>The listener at %1 answered the validation handshake (the service runs on another machine: nothing listens on %2 here).</source>
        <translation>Der Listener unter %1 hat den Validierungs-Handshake beantwortet (der Dienst läuft auf einem anderen Computer: hier lauscht nichts auf %2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1236"/>
        <source>The CRM Exchange Sync service is not running on this machine (nothing listens on %1), so %2 cannot answer yet.</source>
        <translation>Der Dienst CRM Exchange Sync läuft auf diesem Computer nicht (auf %1 lauscht nichts), daher kann %2 noch nicht antworten.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1249"/>
        <source>HTTP %1 without the validation token</source>
        <translation>HTTP %1 ohne das Validierungstoken</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1229"/>
        <source>The listener at %1 answered the validation handshake.</source>
        <translation>Der Listener unter %1 hat den Validierungs-Handshake beantwortet.</translation>
    </message>
</context>
<context>
    <name>cxsync::Connections</name>
    <message>
        <location filename="../core/connect/Connections.cpp" line="143"/>
        <source>CRM Server is not set</source>
        <translation>„CRM-Server“ ist nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="145"/>
        <source>CRM Path is not set</source>
        <translation>„CRM-Pfad“ ist nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="152"/>
        <source>CRM REST URL &apos;%1&apos; is not a valid URL</source>
        <translation>„CRM-REST-URL“ „%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="213"/>
        <source>the secret store went away</source>
        <translation>der Geheimnisspeicher ist nicht mehr verfügbar</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="228"/>
        <source>%1 (%2) could not be read: %3</source>
        <translation>%1 (%2) konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="230"/>
        <source>%1 of Exchange server %2 (%3) could not be read: %4</source>
        <translation>%1 von Exchange-Server %2 (%3) konnte nicht gelesen werden: %4</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="237"/>
        <source>%1 is not stored: set it in the control panel or with &apos;cxsync secret set %2&apos;</source>
        <translation>%1 ist nicht gespeichert: Legen Sie es in der Systemsteuerung oder mit „cxsync secret set %2“ fest</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="240"/>
        <source>%1 of Exchange server %2 is not stored: set it in the control panel or with &apos;cxsync secret set %3&apos;</source>
        <translation>%1 von Exchange-Server %2 ist nicht gespeichert: in der Systemsteuerung setzen oder mit &apos;cxsync secret set %3&apos;</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="326"/>
        <source>Exchange server %1: neither EWS URL nor Primary Exchange Server gives a valid EWS address</source>
        <translation>Exchange-Server %1: weder EWS-URL noch primärer Exchange-Server ergeben eine gültige EWS-Adresse</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="346"/>
        <source>the settings are not valid: %1: %2</source>
        <translation>die Einstellungen sind ungültig: %1: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::ConsistencyDialog</name>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="28"/>
        <source>Check Consistency</source>
        <translation>Konsistenz prüfen</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="32"/>
        <source>Compares Outlook, the CRM and the journal&apos;s links for the linked users inside the sync window. The check only reads; Repair… fixes what it can by the sync&apos;s own rules and never sends an invitation.</source>
        <translation>Vergleicht Outlook, das CRM und die Verknüpfungen des Journals für die verknüpften Benutzer im Synchronisierungszeitraum. Die Prüfung liest nur; Reparieren… behebt, was es nach den Regeln der Synchronisierung kann, und versendet nie eine Einladung.</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <source>What is wrong</source>
        <translation>Was falsch ist</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <location filename="../ui/ConsistencyDialog.cpp" line="245"/>
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="57"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="63"/>
        <source>Check Again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="65"/>
        <source>Repair…</source>
        <translation>Reparieren…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="84"/>
        <source>Check Consistency…</source>
        <translation>Konsistenz prüfen…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="87"/>
        <source>Compare Outlook, the CRM and the journal for the linked users, list what disagrees, and repair it if you choose.</source>
        <translation>Outlook, das CRM und das Journal für die verknüpften Benutzer vergleichen, Abweichungen auflisten und auf Wunsch reparieren.</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="120"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="121"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="158"/>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="187"/>
        <source>none: %1</source>
        <translation>keine: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="194"/>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="196"/>
        <source>The check was cancelled; the list is incomplete.</source>
        <translation>Die Prüfung wurde abgebrochen; die Liste ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="200"/>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ConsistencyDialog.cpp" line="214"/>
        <source>Repair %n finding(s) now?

Links are written to the journal, drift is written with the conflict policy, and only duplicates the sync created are deleted. Nobody is invited or notified. Every change goes to the transaction log. Findings marked &quot;none&quot; are left for you.</source>
        <translation>
            <numerusform>%n Befund jetzt reparieren?

Verknüpfungen werden ins Journal geschrieben, Abweichungen nach der Konfliktregel, und nur Duplikate, die die Synchronisierung angelegt hat, werden gelöscht. Niemand wird eingeladen oder benachrichtigt. Jede Änderung kommt ins Transaktionsprotokoll. Mit „none“ markierte Befunde bleiben Ihnen überlassen.</numerusform>
            <numerusform>%n Befunde jetzt reparieren?

Verknüpfungen werden ins Journal geschrieben, Abweichungen nach der Konfliktregel, und nur Duplikate, die die Synchronisierung angelegt hat, werden gelöscht. Niemand wird eingeladen oder benachrichtigt. Jede Änderung kommt ins Transaktionsprotokoll. Mit „none“ markierte Befunde bleiben Ihnen überlassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="240"/>
        <source>Repairing…</source>
        <translation>Wird repariert…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="261"/>
        <source>Repair: %1</source>
        <translation>Reparatur: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="263"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::ConsistencyRun</name>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="61"/>
        <source>Consistency check (read-only): Exchange, the CRM and the journal&apos;s links in the sync window.</source>
        <translation>Konsistenzprüfung (nur lesend): Exchange, das CRM und die Verknüpfungen des Journals im Synchronisierungszeitraum.</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="98"/>
        <source>Stopped by %1 before the check was complete.</source>
        <translation>Durch %1 beendet, bevor die Prüfung vollständig war.</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="107"/>
        <source>part of the check could not be read; nothing is repaired (run check again).</source>
        <translation>ein Teil der Prüfung konnte nicht gelesen werden; nichts wird repariert (check erneut ausführen).</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="124"/>
        <source>repairing: %1 (%2/%3)</source>
        <translation>Reparatur: %1 (%2/%3)</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="128"/>
        <source>Repair (dry run): nothing is written.</source>
        <translation>Reparatur (Probelauf): nichts wird geschrieben.</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="128"/>
        <source>Repair</source>
        <translation>Reparatur</translation>
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
        <translation>Exchange Server lokal (EWS)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="55"/>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="56"/>
        <source>Certificate file</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="59"/>
        <source>Exchange wins</source>
        <translation>Exchange gewinnt</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="61"/>
        <source>CRM wins</source>
        <translation>CRM gewinnt</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="62"/>
        <source>Last modified wins</source>
        <translation>Letzte Änderung gewinnt</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="66"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="68"/>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="70"/>
        <source>Debug (everything)</source>
        <translation>Debug (alles)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="71"/>
        <source>Information (default)</source>
        <translation>Information (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="75"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="77"/>
        <source>TLS (port 465)</source>
        <translation>TLS (Port 465)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="78"/>
        <source>None (trusted relay only)</source>
        <translation>Keine (nur vertrauenswürdiges Relay)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="86"/>
        <source>this server&apos;s zone; or e.g. Europe/London, GMT Standard Time, +1, -3.5</source>
        <translation>Zeitzone dieses Servers; oder z. B. Europe/London, GMT Standard Time, +1, -3.5</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="89"/>
        <source>install name, e.g. CRM</source>
        <translation>Installationsname, z. B. CRM</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="91"/>
        <source>default: journal.sqlite in the data directory</source>
        <translation>Standard: journal.sqlite im Datenverzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="93"/>
        <source>default: beside the settings file, or the user data folder</source>
        <translation>Standard: neben der Einstellungsdatei oder im Benutzerdatenordner</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="95"/>
        <source>DOMAIN\account</source>
        <translation>DOMÄNE\Konto</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="97"/>
        <source>mailbox, e.g. admin@contoso.com</source>
        <translation>Postfach, z. B. admin@contoso.com</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="99"/>
        <source>tenant GUID or contoso.onmicrosoft.com</source>
        <translation>Mandanten-GUID oder contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="101"/>
        <source>application (client) GUID from the app registration</source>
        <translation>Anwendungs-ID (Client) als GUID aus der App-Registrierung</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="103"/>
        <source>default: https://&lt;Primary Exchange Server&gt;/EWS/Exchange.asmx</source>
        <translation>Standard: https://&lt;Primärer Exchange-Server&gt;/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="105"/>
        <source>default: https://&lt;CRM Server&gt;/sdata/&lt;CRM Path&gt;j/sagecrm2/-/</source>
        <translation>Standard: https://&lt;CRM-Server&gt;/sdata/&lt;CRM-Pfad&gt;j/sagecrm2/-/</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="107"/>
        <source>https URL Microsoft Graph can reach; empty = polling only</source>
        <translation>https-URL, die Microsoft Graph erreichen kann; leer = nur Abfrage (Polling)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="109"/>
        <source>PEM file for the listener&apos;s own HTTPS; empty = plain HTTP behind a proxy</source>
        <translation>PEM-Datei für das eigene HTTPS des Listeners; leer = unverschlüsseltes HTTP hinter einem Proxy</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="111"/>
        <source>a linked CRM user kept for the canary; empty = no canary</source>
        <translation>ein verknüpfter CRM-Benutzer, reserviert für den Canary; leer = kein Canary</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="113"/>
        <source>that user&apos;s mailbox, e.g. canary@contoso.com</source>
        <translation>das Postfach dieses Benutzers, z. B. canary@contoso.com</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="115"/>
        <source>a mailbox the application must NOT reach; empty = not checked</source>
        <translation>ein Postfach, das die Anwendung NICHT erreichen darf; leer = keine Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="117"/>
        <source>its unencrypted PEM private key (both or neither)</source>
        <translation>zugehöriger unverschlüsselter privater PEM-Schlüssel (beide oder keines)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="127"/>
        <source>CRM Exchange Sync Control Panel</source>
        <translation>CRM Exchange Sync – Systemsteuerung</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="130"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="295"/>
        <source>Additional Exchange Servers</source>
        <translation>Zusätzliche Exchange-Server</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="139"/>
        <source>Control Panel</source>
        <translation>Systemsteuerung</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="143"/>
        <source>Advanced Settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="146"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="156"/>
        <source>Failed Messages</source>
        <translation>Fehlgeschlagene Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="160"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="169"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="172"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="177"/>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="186"/>
        <source>Passwords cannot be stored: %1. The passwords just saved are kept for this session only and are lost when the panel closes; the service needs them in a keychain, CXSYNC_SECRET_* variables or a secrets file.</source>
        <translation>Kennwörter können nicht gespeichert werden: %1. Die soeben gespeicherten Kennwörter bleiben nur für diese Sitzung erhalten und gehen beim Schließen der Systemsteuerung verloren; der Dienst benötigt sie in einem Schlüsselbund, in den Variablen CXSYNC_SECRET_* oder in einer Geheimnisdatei.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="193"/>
        <source>CRM Exchange Sync %1. Settings from %2.</source>
        <translation>CRM Exchange Sync %1. Einstellungen aus %2.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="225"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="244"/>
        <source>Which Server Are You On</source>
        <translation>Auf welchem Server befinden Sie sich</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="246"/>
        <source>On CRM Server</source>
        <translation>Auf dem CRM-Server</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="248"/>
        <source>Exchange Server</source>
        <translation>Exchange-Server</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="264"/>
        <source>Required Information</source>
        <translation>Erforderliche Informationen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="269"/>
        <source>User Password</source>
        <translation>Benutzerkennwort</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="281"/>
        <source>Exchange Online (Graph)</source>
        <translation>Exchange Online (Graph)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="287"/>
        <source>Client Secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="289"/>
        <source>Certificate Password</source>
        <translation>Zertifikatkennwort</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="297"/>
        <source>Further Exchange Online tenants synchronized with the same CRM, each with its own app registration.</source>
        <translation>Weitere Exchange-Online-Mandanten, die mit demselben CRM synchronisiert werden, jeder mit eigener App-Registrierung.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="303"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="303"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="303"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="311"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="313"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="315"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="332"/>
        <source>NT Account Information</source>
        <translation>NT-Kontoinformationen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="336"/>
        <source>NT Account Password</source>
        <translation>NT-Kontokennwort</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="337"/>
        <source>Re-enter Password</source>
        <translation>Kennwort erneut eingeben</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="345"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="357"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="360"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="659"/>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="362"/>
        <source>Check every step from the settings to the notification listener; each failure names its cause and its fix.</source>
        <translation>Jeden Schritt von den Einstellungen bis zum Benachrichtigungs-Listener prüfen; jeder Fehler nennt seine Ursache und seine Behebung.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="365"/>
        <source>Also create and delete a test event in the Exchange Account&apos;s calendar</source>
        <translation>Außerdem einen Testtermin im Kalender des Exchange-Kontos erstellen und wieder löschen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="393"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="418"/>
        <source>Synchronization</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="421"/>
        <source>Error E-mail (SMTP)</source>
        <translation>Fehler-E-Mail (SMTP)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="423"/>
        <source>SMTP Password</source>
        <translation>SMTP-Kennwort</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="424"/>
        <source>Notification Listener</source>
        <translation>Benachrichtigungs-Listener</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="426"/>
        <source>Service Addresses</source>
        <translation>Dienstadressen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="427"/>
        <source>Certificates (on-premises servers)</source>
        <translation>Zertifikate (lokale Server)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="428"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="429"/>
        <source>Synthetic Canary</source>
        <translation>Synthetischer Canary</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="431"/>
        <source>Least-Privilege Check</source>
        <translation>Prüfung der minimalen Rechte</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="432"/>
        <source>Failed Messages and Log</source>
        <translation>Fehlgeschlagene Nachrichten und Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="476"/>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="567"/>
        <source>required on the Exchange server, e.g. /var/lib/cxsync/journal.sqlite</source>
        <translation>auf dem Exchange-Server erforderlich, z. B. /var/lib/cxsync/journal.sqlite</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="570"/>
        <source>Set by policy (%1): read-only.</source>
        <translation>Durch Richtlinie festgelegt (%1): schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="605"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="633"/>
        <source>Test Connection: cancelling after the current step...</source>
        <translation>Verbindungstest: wird nach dem aktuellen Schritt abgebrochen...</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="642"/>
        <source>Test Connection: %v of %m steps</source>
        <translation>Verbindungstest: Schritt %v von %m</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="644"/>
        <source>Cancel Test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="645"/>
        <source>Test Connection started (saved settings: %1).</source>
        <translation>Verbindungstest gestartet (gespeicherte Einstellungen: %1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ControlPanelWindow.cpp" line="656"/>
        <source>Test Connection passed with %n warning(s); see above.</source>
        <translation>
            <numerusform>Verbindungstest mit %n Warnung bestanden; siehe oben.</numerusform>
            <numerusform>Verbindungstest mit %n Warnungen bestanden; siehe oben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="657"/>
        <source>Test Connection passed.</source>
        <translation>Verbindungstest bestanden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ControlPanelWindow.cpp" line="655"/>
        <source>Test Connection found %n problem(s); see the causes and fixes above.</source>
        <translation>
            <numerusform>Der Verbindungstest hat %n Problem gefunden; Ursachen und Behebung siehe oben.</numerusform>
            <numerusform>Der Verbindungstest hat %n Probleme gefunden; Ursachen und Behebung siehe oben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="672"/>
        <source>Passed: %1 (%2 ms)</source>
        <translation>Bestanden: %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="675"/>
        <source>FAILED: %1 (%2 ms)</source>
        <translation>FEHLGESCHLAGEN: %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="678"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="681"/>
        <source>Warning: %1 (%2 ms)</source>
        <translation>Warnung: %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="688"/>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="689"/>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="706"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="708"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="754"/>
        <source>stored; leave empty to keep</source>
        <translation>gespeichert; leer lassen, um den Wert beizubehalten</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="711"/>
        <source>Passwords cannot be stored: %1. Passwords saved now are kept for this session only.</source>
        <translation>Kennwörter können nicht gespeichert werden: %1. Jetzt gespeicherte Kennwörter bleiben nur für diese Sitzung erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="735"/>
        <source>Saving settings…</source>
        <translation>Einstellungen werden gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="744"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Es wurde nichts gespeichert: Korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="750"/>
        <source>Settings saved to %1.</source>
        <translation>Einstellungen in %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="755"/>
        <source>%1 stored in the %2.</source>
        <translation>%1 im %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="760"/>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="761"/>
        <source>Journal: %1; data directory: %2.</source>
        <translation>Journal: %1; Datenverzeichnis: %2.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="863"/>
        <source>Remove the additional Exchange server %1 (%2)? Its settings and its stored client secret and certificate password are deleted, and its mailboxes are no longer synchronized.</source>
        <translation>Den zusätzlichen Exchange-Server %1 (%2) entfernen? Seine Einstellungen sowie sein gespeichertes Client-Geheimnis und Zertifikatkennwort werden gelöscht, und seine Postfächer werden nicht mehr synchronisiert.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="878"/>
        <source>Exchange server %1 was not removed: %2</source>
        <translation>Exchange-Server %1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="884"/>
        <source>Exchange server %1 (%2) removed from %3.</source>
        <translation>Exchange-Server %1 (%2) aus %3 entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="887"/>
        <source>Exchange server %1: a stored password was not deleted: %2. Delete it from the %3 by hand.</source>
        <translation>Exchange-Server %1: ein gespeichertes Kennwort wurde nicht gelöscht: %2. Löschen Sie es von Hand aus dem %3.</translation>
    </message>
</context>
<context>
    <name>cxsync::DashboardPage</name>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="55"/>
        <source>never</source>
        <translation>nie</translation>
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
        <translation>Journal wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="161"/>
        <location filename="../ui/DashboardPage.cpp" line="344"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="162"/>
        <location filename="../ui/DashboardPage.cpp" line="344"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="164"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="177"/>
        <source>Writes per hour</source>
        <translation>Schreibvorgänge pro Stunde</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="178"/>
        <source>Failures by error kind</source>
        <translation>Fehler nach Fehlerart</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="179"/>
        <source>Propagation latency per hour</source>
        <translation>Übertragungslatenz pro Stunde</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="189"/>
        <source>Mailboxes:</source>
        <translation>Postfächer:</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="192"/>
        <source>Filter: any text in a row (mailbox, user, server, red, failed…)</source>
        <translation>Filter: beliebiger Text einer Zeile (Postfach, Benutzer, Server, rot, fehlgeschlagen…)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="198"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="198"/>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="198"/>
        <source>CRM User</source>
        <translation>CRM-Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="198"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="198"/>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="199"/>
        <source>Last Sync</source>
        <translation>Letzter Sync</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="199"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="199"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="199"/>
        <source>Canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="200"/>
        <source>Last Error / Reasons</source>
        <translation>Letzter Fehler / Gründe</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="274"/>
        <source>No journal at %1 yet: nothing has been synchronized.</source>
        <translation>Noch kein Journal unter %1: es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="303"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="307"/>
        <source>The dashboard could not be read: %1</source>
        <translation>Die Übersicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="316"/>
        <source>Read from the journal at %1 in %2 ms; refreshed every %3 s while this tab is shown.</source>
        <translation>Aus dem Journal unter %1 in %2 ms gelesen; wird alle %3 s aktualisiert, solange dieser Reiter angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="333"/>
        <source>Everything is in step: the service runs, every mailbox was read recently, nothing waits in the failed-message queue.</source>
        <translation>Alles im Gleichschritt: der Dienst läuft, jedes Postfach wurde kürzlich gelesen, in der Warteschlange fehlgeschlagener Nachrichten wartet nichts.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="341"/>
        <source>%1: %2 writes CRM → Exchange, %3 Exchange → CRM, %4 conflict(s), %5 failure(s)%6. Latency CRM → Exchange p50 %7, p99 %8; Exchange → CRM (notification to write) p50 %9, p99 %10.</source>
        <translation>%1: %2 Schreibvorgänge CRM → Exchange, %3 Exchange → CRM, %4 Konflikt(e), %5 Fehler%6. Latenz CRM → Exchange p50 %7, p99 %8; Exchange → CRM (Benachrichtigung bis Schreibvorgang) p50 %9, p99 %10.</translation>
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
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="375"/>
        <source>writes</source>
        <translation>Schreibvorgänge</translation>
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
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="406"/>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="416"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="457"/>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="465"/>
        <source>%1 (%2 parked)</source>
        <translation>%1 (%2 zurückgestellt)</translation>
    </message>
</context>
<context>
    <name>cxsync::DemoCommand</name>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="101"/>
        <source>cannot create a temporary folder for the demo</source>
        <translation>für die Demo kann kein temporärer Ordner erstellt werden</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="106"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>der Ordner „%1“ kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="126"/>
        <source>1. Starting the Microsoft Graph and Sage CRM sandboxes (%1 users, %2 appointments, seed %3)…</source>
        <translation>1. Die Sandboxes für Microsoft Graph und Sage CRM werden gestartet (%1 Benutzer, %2 Termine, Startwert %3)…</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="144"/>
        <source>the sandboxes did not start: %1</source>
        <translation>die Sandboxes konnten nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="154"/>
        <source>Graph: %1</source>
        <translation>Graph: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="155"/>
        <source>Sage CRM: %1</source>
        <translation>Sage CRM: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="156"/>
        <source>Admin endpoint: %1</source>
        <translation>Admin-Endpunkt: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="164"/>
        <source>3. Validating the profile as the panel&apos;s Save would…</source>
        <translation>3. Das Profil wird so geprüft, wie es „Speichern“ in der Systemsteuerung tun würde…</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="174"/>
        <source>the demo profile is not valid</source>
        <translation>das Demo-Profil ist ungültig</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="182"/>
        <source>valid; %1 secrets ready for --secrets-file</source>
        <translation>gültig; %1 Geheimnisse bereit für --secrets-file</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="188"/>
        <source>removed the journal of an earlier demo run: %1</source>
        <translation>Journal eines früheren Demo-Durchlaufs entfernt: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="191"/>
        <source>4. Test Connection, step by step (the listener step warns until the service runs):</source>
        <translation>4. Verbindungstest, Schritt für Schritt (der Listener-Schritt warnt, bis der Dienst läuft):</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="203"/>
        <source>5. What the sandboxes hold:</source>
        <translation>5. Inhalt der Sandboxes:</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="219"/>
        <source>CRM users: %1; CRM communications: %2</source>
        <translation>CRM-Benutzer: %1; CRM-Kommunikationen: %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="222"/>
        <source>events in %1&apos;s mailbox: %2</source>
        <translation>Termine im Postfach von %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="247"/>
        <source>6. Sync Users With CRM: linking CRM users to their mailboxes (no CRM users are created):</source>
        <translation>6. Benutzer mit CRM synchronisieren: CRM-Benutzer werden mit ihren Postfächern verknüpft (es werden keine CRM-Benutzer angelegt):</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="88"/>
        <source>stopped by %1; the sandboxes were stopped</source>
        <translation>beendet durch %1; die Sandboxes wurden gestoppt</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="132"/>
        <source>%1, waiting up to %2 s for it to report ready</source>
        <translation>%1, es wird bis zu %2 s auf die Bereitschaftsmeldung gewartet</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="137"/>
        <source>still starting (%1 s of at most %2 s)…</source>
        <translation>startet noch (%1 s von höchstens %2 s)…</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="153"/>
        <source>ready: process %1</source>
        <translation>bereit: Prozess %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="161"/>
        <source>2. The sandbox wrote a profile for them: %1 (secrets: %2, mode 0600)</source>
        <translation>2. Die Sandbox hat ein Profil für sie geschrieben: %1 (Geheimnisse: %2, Modus 0600)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="259"/>
        <source>plan: %1 mailboxes, %2 CRM users; %3 to link, %4 to create, %5 conflicts, %6 not linked</source>
        <translation>Plan: %1 Postfächer, %2 CRM-Benutzer; %3 zu verknüpfen, %4 anzulegen, %5 Konflikte, %6 nicht verknüpft</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="271"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="277"/>
        <source>applied in %1 ms: %2 linked, %3 unchanged, %4 creations declined (the demo does not create CRM users), %5 conflicts, %6 skipped, %7 failed</source>
        <translation>angewendet in %1 ms: %2 verknüpft, %3 unverändert, %4 Neuanlagen abgelehnt (die Demo legt keine CRM-Benutzer an), %5 Konflikte, %6 übersprungen, %7 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/DemoCommand.cpp" line="297"/>
        <source>the journal now links %n CRM user(s) to a mailbox</source>
        <translation>
            <numerusform>das Journal verknüpft jetzt %n CRM-Benutzer mit einem Postfach</numerusform>
            <numerusform>das Journal verknüpft jetzt %n CRM-Benutzer mit jeweils einem Postfach</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="302"/>
        <source>no CRM user was linked, so there is nothing to synchronize</source>
        <translation>es wurde kein CRM-Benutzer verknüpft, daher gibt es nichts zu synchronisieren</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="331"/>
        <source>%1: this run would delete %2 of %3 synchronized items; kept (the demo never confirms a mass delete)</source>
        <translation>%1: Dieser Durchlauf würde %2 von %3 synchronisierten Elementen löschen; beibehalten (die Demo bestätigt nie ein Massenlöschen)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="363"/>
        <source>note (%1 times): %2</source>
        <translation>Hinweis (%1-mal): %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="364"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="396"/>
        <source>the sandbox lists no mailbox %1, which the journal links</source>
        <translation>die Sandbox führt kein Postfach %1, das das Journal verknüpft</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="468"/>
        <source>CRM user %1</source>
        <translation>CRM-Benutzer %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="474"/>
        <source>&quot;%1&quot; on %2 (%3) is in %4&apos;s Outlook calendar (event id %5…)</source>
        <translation>„%1“ am %2 (%3) steht im Outlook-Kalender von %4 (Termin-ID %5…)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="486"/>
        <source>&quot;%1&quot; on %2 (CRM server time) is CRM communication %3 for %4</source>
        <translation>„%1“ am %2 (Serverzeit des CRM) ist die CRM-Kommunikation %3 für %4</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="498"/>
        <source>7. Calendar sync, both ways, over the sample data (a retry pass, then one run):</source>
        <translation>7. Kalendersynchronisierung in beide Richtungen über die Beispieldaten (zuerst ein Durchlauf mit erneuten Versuchen, dann ein Synchronisierungslauf):</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="507"/>
        <source>read back from the sandboxes: %1 new event(s) in %2 linked mailbox(es), %3 new CRM communication(s)</source>
        <translation>aus den Sandboxes zurückgelesen: %1 neue(r) Termin(e) in %2 verknüpften Postfach/Postfächern, %3 neue CRM-Kommunikation(en)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="515"/>
        <source>CRM → Outlook, for example: %1</source>
        <translation>CRM → Outlook, zum Beispiel: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="519"/>
        <source>CRM → Outlook: no CRM appointment needed a new Outlook event</source>
        <translation>CRM → Outlook: Kein CRM-Termin erforderte einen neuen Outlook-Termin</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="522"/>
        <source>Outlook → CRM, for example: %1</source>
        <translation>Outlook → CRM, zum Beispiel: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="525"/>
        <source>Outlook → CRM: no Outlook appointment needed a new CRM communication</source>
        <translation>Outlook → CRM: Kein Outlook-Termin erforderte eine neue CRM-Kommunikation</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="532"/>
        <source>8. Acting as users do (through the sandboxes&apos; user-action API):</source>
        <translation>8. Handeln wie die Benutzer (über die Benutzeraktions-API der Sandboxes):</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="544"/>
        <source>Demo: project kick-off</source>
        <translation>Demo: Projektauftakt</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="554"/>
        <location filename="../cli/DemoCommand.cpp" line="584"/>
        <source>the sandboxes refused the demo&apos;s changes: %1</source>
        <translation>die Sandboxes haben die Änderungen der Demo abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="563"/>
        <source>%1 created &quot;%2&quot; in Outlook (id %3…); the mailbox now holds %4 events</source>
        <translation>%1 hat „%2“ in Outlook erstellt (ID %3…); das Postfach enthält jetzt %4 Termine</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="578"/>
        <source>Demo: customer call</source>
        <translation>Demo: Kundengespräch</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="588"/>
        <source>%1 created &quot;%2&quot; in the CRM (Comm_CommunicationId %3)</source>
        <translation>%1 hat „%2“ im CRM erstellt (Comm_CommunicationId %3)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="593"/>
        <source>the sandboxes refused the demo&apos;s changes</source>
        <translation>die Sandboxes haben die Änderungen der Demo abgelehnt</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="600"/>
        <source>9. Calendar sync again: it carries the two changes above across:</source>
        <translation>9. Erneute Kalendersynchronisierung: Sie überträgt die beiden obigen Änderungen auf die jeweils andere Seite:</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="610"/>
        <source>Outlook → CRM: %1</source>
        <translation>Outlook → CRM: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="615"/>
        <source>CRM → Outlook: %1</source>
        <translation>CRM → Outlook: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="621"/>
        <source>&quot;%1&quot; did not reach the CRM</source>
        <translation>„%1“ ist nicht im CRM angekommen</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="626"/>
        <source>&quot;%1&quot; did not reach %2&apos;s Outlook calendar</source>
        <translation>„%1“ ist nicht im Outlook-Kalender von %2 angekommen</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="632"/>
        <source>both changes crossed: %1 new CRM communication(s), %2 new Outlook event(s) in all</source>
        <translation>beide Änderungen wurden übertragen: insgesamt %1 neue CRM-Kommunikation(en), %2 neue(r) Outlook-Termin(e)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="652"/>
        <source>10. Where to look next:</source>
        <translation>10. Wo Sie als Nächstes nachsehen können:</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="656"/>
        <source>%1 queue list   (failed messages waiting for a retry: %2)</source>
        <translation>%1 queue list   (fehlgeschlagene Nachrichten, die auf einen erneuten Versuch warten: %2)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="658"/>
        <source>%1 log          (the transaction log: every write of the runs above)</source>
        <translation>%1 log          (das Transaktionsprotokoll: jeder Schreibvorgang der obigen Durchläufe)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="660"/>
        <source>%1 users list   (each CRM user&apos;s link)</source>
        <translation>%1 users list   (die Verknüpfung jedes CRM-Benutzers)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="662"/>
        <source>cxsync-panel --config %1   (the panel: Status, Failed Messages and Log tabs, Sync Now)</source>
        <translation>cxsync-panel --config %1   (die Systemsteuerung: Registerkarten „Status“, „Fehlgeschlagene Nachrichten“ und „Protokoll“, „Jetzt synchronisieren“)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="666"/>
        <source>Try it: %1 test-connection</source>
        <translation>Probieren Sie es aus: %1 test-connection</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="668"/>
        <source>The profile and journal are removed when the demo ends; keep them with --dir DIR.</source>
        <translation>Profil und Journal werden am Ende der Demo entfernt; mit --dir DIR bleiben sie erhalten.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="674"/>
        <source>The sandboxes stop with the demo; --serve keeps them running for `cxsync sync` and the panel.</source>
        <translation>Die Sandboxes werden mit der Demo beendet; --serve lässt sie für `cxsync sync` und die Systemsteuerung weiterlaufen.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="688"/>
        <source>start the Graph and Sage CRM sandboxes with sample data, write a
profile for them and run what the product can do against them</source>
        <translation>startet die Graph- und Sage-CRM-Sandboxes mit Beispieldaten, schreibt
ein Profil für sie und führt vor, was das Produkt damit kann</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="693"/>
        <source>Keep the profile, secrets and journal here (default: a temporary folder).</source>
        <translation>Profil, Geheimnisse und Journal hier aufbewahren (Standard: ein temporärer Ordner).</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="695"/>
        <source>Sample users, 1 to 100000.</source>
        <translation>Beispielbenutzer, 1 bis 100000.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="697"/>
        <source>Sample appointments, 0 to 1000000.</source>
        <translation>Beispieltermine, 0 bis 1000000.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="699"/>
        <source>Seed of the sample data.</source>
        <translation>Startwert der Beispieldaten.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="702"/>
        <source>Keep the sandboxes running until interrupted.</source>
        <translation>Die Sandboxes bis zur Unterbrechung weiterlaufen lassen.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="711"/>
        <source>usage: cxsync demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]</source>
        <translation>Aufruf: cxsync demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="723"/>
        <source>--users (1 to 100000), --appointments (0 to 1000000) and --seed must be whole numbers</source>
        <translation>--users (1 bis 100000), --appointments (0 bis 1000000) und --seed müssen ganze Zahlen sein</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="671"/>
        <source>Serving until interrupted (Ctrl+C).</source>
        <translation>Die Sandboxes laufen bis zur Unterbrechung (Strg+C).</translation>
    </message>
</context>
<context>
    <name>cxsync::DiagnosticStatusFeed</name>
    <message>
        <location filename="../ui/DiagnosticStatusFeed.cpp" line="69"/>
        <source>HTTP %1 in %2 ms: %3 %4 (%5)</source>
        <translation>HTTP %1 in %2 ms: %3 %4 (%5)</translation>
    </message>
    <message>
        <location filename="../ui/DiagnosticStatusFeed.cpp" line="72"/>
        <source>HTTP failed after %1 ms: %2 %3 (%4): %5</source>
        <translation>HTTP nach %1 ms fehlgeschlagen: %2 %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>cxsync::EnumNames</name>
    <message>
        <location filename="../core/store/EnumNames.h" line="43"/>
        <source>&apos;%1&apos; is not %2 (%3)</source>
        <translation>„%1“ ist nicht %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/store/EnumNames.h" line="64"/>
        <source>an error kind</source>
        <translation>eine Fehlerart</translation>
    </message>
</context>
<context>
    <name>cxsync::EwsChecks</name>
    <message>
        <location filename="../core/diagnostics/EwsChecks.cpp" line="12"/>
        <source>This Exchange server is not an on-premises (EWS) server.</source>
        <translation>Dieser Exchange-Server ist kein lokaler Server (EWS).</translation>
    </message>
</context>
<context>
    <name>cxsync::ExchangeRouter</name>
    <message>
        <location filename="../core/connect/ExchangeRouter.cpp" line="39"/>
        <source>Exchange server %1: %2</source>
        <translation>Exchange-Server %1: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::ExchangeServerDialog</name>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="60"/>
        <source>Add Exchange Server</source>
        <translation>Exchange-Server hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="60"/>
        <location filename="../ui/ExchangeServerDialog.cpp" line="333"/>
        <source>Edit Exchange Server %1</source>
        <translation>Exchange-Server %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="73"/>
        <source>e.g. emea: letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>z. B. emea: Buchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="76"/>
        <source>Server Name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="91"/>
        <source>tenant GUID or fabrikam.onmicrosoft.com</source>
        <translation>Mandanten-GUID oder fabrikam.onmicrosoft.com</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="92"/>
        <source>application (client) GUID from the app registration</source>
        <translation>Anwendungs-(Client-)GUID aus der App-Registrierung</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="96"/>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="97"/>
        <source>Certificate file</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="100"/>
        <source>Client Secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="101"/>
        <source>absolute path to the PFX or PEM file</source>
        <translation>absoluter Pfad zur PFX- oder PEM-Datei</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="102"/>
        <source>Certificate Password</source>
        <translation>Zertifikatkennwort</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="84"/>
        <source>mailbox, e.g. admin@fabrikam.com</source>
        <translation>Postfach, z. B. admin@fabrikam.com</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="64"/>
        <source>An additional Exchange Online tenant or on-premises Exchange server synchronized with the same CRM. Its mailboxes are reached with its own credentials; passwords go to the keychain, never to the settings file.</source>
        <translation>Ein zusätzlicher Exchange-Online-Mandant oder lokaler Exchange-Server, der mit demselben CRM synchronisiert wird. Seine Postfächer werden mit eigenen Anmeldedaten erreicht; Kennwörter kommen in den Schlüsselbund, nie in die Einstellungsdatei.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="80"/>
        <source>Exchange Online (Microsoft Graph)</source>
        <translation>Exchange Online (Microsoft Graph)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="81"/>
        <source>Exchange Server on-premises (EWS)</source>
        <translation>Exchange Server lokal (EWS)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="85"/>
        <source>optional: a mailbox this server&apos;s account must not reach</source>
        <translation>optional: ein Postfach, das das Konto dieses Servers nicht erreichen darf</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="88"/>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="105"/>
        <source>On-premises Exchange</source>
        <translation>Lokaler Exchange-Server</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="108"/>
        <source>e.g. mail.fabrikam.example</source>
        <translation>z. B. mail.fabrikam.example</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="109"/>
        <source>DOMAIN\account or account@domain</source>
        <translation>DOMÄNE\Konto oder Konto@Domäne</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="110"/>
        <source>NT Account Password</source>
        <translation>Kennwort des NT-Kontos</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="111"/>
        <source>default: https://&lt;Primary Exchange Server&gt;/EWS/Exchange.asmx</source>
        <translation>Standard: https://&lt;Primärer Exchange-Server&gt;/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="117"/>
        <source>Advanced (national clouds only)</source>
        <translation>Erweitert (nur nationale Clouds)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="122"/>
        <location filename="../ui/ExchangeServerDialog.cpp" line="124"/>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="167"/>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="217"/>
        <source>stored; leave empty to keep</source>
        <translation>gespeichert; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="284"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="303"/>
        <source>Server Name is required.</source>
        <translation>Servername ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="314"/>
        <source>There is already an Exchange server named %1: choose another name, or Cancel and edit that one.</source>
        <translation>Es gibt bereits einen Exchange-Server namens %1: wählen Sie einen anderen Namen, oder brechen Sie ab und bearbeiten Sie jenen.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="326"/>
        <source>Exchange server %1 was not saved: correct the fields marked in red.</source>
        <translation>Exchange-Server %1 wurde nicht gespeichert: korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="335"/>
        <source>Exchange server %1 (%2) saved to %3.</source>
        <translation>Exchange-Server %1 (%2) in %3 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="356"/>
        <source>The settings were saved, but the %1 cannot be stored: the %2 cannot keep passwords for additional Exchange servers.</source>
        <translation>Die Einstellungen wurden gespeichert, aber das %1 kann nicht gespeichert werden: der %2 kann keine Kennwörter für zusätzliche Exchange-Server aufbewahren.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="369"/>
        <source>The settings were saved, but the %1 was not stored: %2</source>
        <translation>Die Einstellungen wurden gespeichert, aber das %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="372"/>
        <source>Exchange server %1: %2</source>
        <translation>Exchange-Server %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="378"/>
        <source>%1 of Exchange server %2 stored in the %3.</source>
        <translation>%1 von Exchange-Server %2 im %3 gespeichert.</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="72"/>
        <source>Last Failure</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="74"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="76"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="78"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="80"/>
        <source>Error Kind</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="82"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="84"/>
        <source>Next Attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="86"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="88"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>cxsync::FailedMessagesPage</name>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="36"/>
        <source>Failed Messages</source>
        <translation>Fehlgeschlagene Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="39"/>
        <source>Export Failed Messages</source>
        <translation>Fehlgeschlagene Nachrichten exportieren</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="41"/>
        <source>Event Data XML (*.xml);;JSON (*.json);;CSV (*.csv)</source>
        <translation>Event-Data-XML (*.xml);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="50"/>
        <source>Any error</source>
        <translation>Alle Fehlerarten</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="59"/>
        <source>Open (waiting, retrying, parked)</source>
        <translation>Offen (wartend, erneuter Versuch läuft, zurückgestellt)</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="60"/>
        <source>Any state</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="67"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="78"/>
        <source>Select a message to see the change, the error and every attempt.</source>
        <translation>Wählen Sie eine Nachricht aus, um die Änderung, den Fehler und jeden Versuch zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="95"/>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="96"/>
        <source>Retry All Matching</source>
        <translation>Alle passenden erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="97"/>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="98"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="100"/>
        <source>Send Test Mail</source>
        <translation>Testmail senden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FailedMessagesPage.cpp" line="143"/>
        <source>%n message(s) match, newest failure first.</source>
        <translation>
            <numerusform>%n Nachricht entspricht dem Filter, neuester Fehler zuerst.</numerusform>
            <numerusform>%n Nachrichten entsprechen dem Filter, neuester Fehler zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="168"/>
        <source>Failed message %1: %2</source>
        <translation>Fehlgeschlagene Nachricht %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="171"/>
        <source>Error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="173"/>
        <source>HTTP status %1, server code %2</source>
        <translation>HTTP-Status %1, Servercode %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="174"/>
        <source>Attempts: %1; first failure %2; last failure %3</source>
        <translation>Versuche: %1; erster Fehler %2; letzter Fehler %3</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="179"/>
        <source>Next attempt: %1</source>
        <translation>Nächster Versuch: %1</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="180"/>
        <source>CRM user %1, mailbox %2, CRM item %3, Exchange item %4</source>
        <translation>CRM-Benutzer %1, Postfach %2, CRM-Element %3, Exchange-Element %4</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="182"/>
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="184"/>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="204"/>
        <source>Failed message %1 was not retried: %2</source>
        <translation>Die fehlgeschlagene Nachricht %1 wurde nicht erneut versucht: %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="207"/>
        <source>Failed message %1 will be retried by the next sync or service pass.</source>
        <translation>Die fehlgeschlagene Nachricht %1 wird bei der nächsten Synchronisierung oder im nächsten Dienstdurchlauf erneut versucht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FailedMessagesPage.cpp" line="215"/>
        <source>Retry the %n matching message(s), parked ones included?</source>
        <translation>
            <numerusform>Soll die %n passende Nachricht erneut versucht werden, auch wenn sie zurückgestellt ist?</numerusform>
            <numerusform>Sollen die %n passenden Nachrichten erneut versucht werden, zurückgestellte eingeschlossen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="220"/>
        <source>Nothing was retried: %1</source>
        <translation>Es wurde nichts erneut versucht: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FailedMessagesPage.cpp" line="223"/>
        <source>%n failed message(s) will be retried by the next sync or service pass.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Nachricht wird bei der nächsten Synchronisierung oder im nächsten Dienstdurchlauf erneut versucht.</numerusform>
            <numerusform>%n fehlgeschlagene Nachrichten werden bei der nächsten Synchronisierung oder im nächsten Dienstdurchlauf erneut versucht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="234"/>
        <source>Discard failed message %1? Its change will never be applied (Retry Now brings it back).</source>
        <translation>Fehlgeschlagene Nachricht %1 verwerfen? Ihre Änderung wird nie angewendet („Jetzt erneut versuchen“ holt sie zurück).</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="237"/>
        <source>discarded in the control panel</source>
        <translation>in der Systemsteuerung verworfen</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="238"/>
        <source>Failed message %1 was not discarded: %2</source>
        <translation>Die fehlgeschlagene Nachricht %1 wurde nicht verworfen: %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="241"/>
        <source>Failed message %1 discarded.</source>
        <translation>Fehlgeschlagene Nachricht %1 verworfen.</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="254"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FailedMessagesPage.cpp" line="257"/>
        <source>Exported %n failed message(s) to %1.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Nachricht nach %1 exportiert.</numerusform>
            <numerusform>%n fehlgeschlagene Nachrichten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="269"/>
        <source>Sending a test mail…</source>
        <translation>Testmail wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="280"/>
        <location filename="../ui/FailedMessagesPage.cpp" line="285"/>
        <source>Test mail not sent: %1</source>
        <translation>Testmail nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="286"/>
        <source>Test mail accepted by the server: %1</source>
        <translation>Testmail vom Server angenommen: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::GraphChecks</name>
    <message>
        <location filename="../core/diagnostics/GraphChecks.cpp" line="52"/>
        <source>The users answer has no &apos;value&apos; list.</source>
        <translation>Die Benutzerantwort enthält keine „value“-Liste.</translation>
    </message>
</context>
<context>
    <name>cxsync::HelpCommand</name>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="18"/>
        <source>this list, or what one command takes (also: cxsync COMMAND --help)</source>
        <translation>diese Liste, oder was ein Befehl annimmt (auch: cxsync COMMAND --help)</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="39"/>
        <source>unknown command &apos;%1&apos;; see cxsync help</source>
        <translation>unbekannter Befehl „%1“; siehe cxsync help</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="40"/>
        <source>&apos;%1&apos; has no subcommand &apos;%2&apos;; see cxsync help %1</source>
        <translation>„%1“ hat keinen Unterbefehl „%2“; siehe cxsync help %1</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="80"/>
        <source>The settings file (INI); default: CXSYNC_CONFIG, else the per-user profile.</source>
        <translation>Die Einstellungsdatei (INI); Standard: CXSYNC_CONFIG, sonst das Profil des Benutzers.</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="84"/>
        <source>Secrets as name=value lines, in a file of mode 0600.</source>
        <translation>Geheimnisse als Zeilen name=wert, in einer Datei mit Modus 0600.</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="87"/>
        <source>Read name=value secret lines from standard input.</source>
        <translation>Zeilen name=wert mit Geheimnissen von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="94"/>
        <source>Usage: cxsync [--config PATH] [--secrets-file PATH] [--password-stdin] COMMAND [OPTIONS]
</source>
        <translation>Aufruf: cxsync [--config PATH] [--secrets-file PATH] [--password-stdin] COMMAND [OPTIONS]
</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="96"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="98"/>
        <source>`cxsync help COMMAND` or `cxsync COMMAND --help` lists the options a command takes; any other
option is a usage error.
</source>
        <translation>`cxsync help COMMAND` oder `cxsync COMMAND --help` listet die Optionen eines Befehls auf; jede
andere Option ist ein Aufruffehler.
</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="101"/>
        <source>Global options (before or after the command):</source>
        <translation>Globale Optionen (vor oder nach dem Befehl):</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="104"/>
        <source>Secrets: crm-password, nt-password, graph-client-secret, graph-certificate-password,
smtp-password, listener-client-state. Headless runs may supply them through
CXSYNC_SECRET_&lt;NAME&gt; (e.g. CXSYNC_SECRET_CRM_PASSWORD), --secrets-file (name=value lines,
mode 0600) or --password-stdin (the same lines on standard input).

Exit codes: 0 ok, 1 the operation failed, 2 usage error or invalid configuration.
</source>
        <translation>Geheimnisse: crm-password, nt-password, graph-client-secret, graph-certificate-password,
smtp-password, listener-client-state. Läufe ohne Oberfläche können sie über
CXSYNC_SECRET_&lt;NAME&gt; (z. B. CXSYNC_SECRET_CRM_PASSWORD), --secrets-file (Zeilen name=wert,
Modus 0600) oder --password-stdin (dieselben Zeilen auf der Standardeingabe) übergeben.

Exit-Codes: 0 in Ordnung, 1 der Vorgang ist fehlgeschlagen, 2 Aufruffehler oder ungültige Konfiguration.
</translation>
    </message>
</context>
<context>
    <name>cxsync::HooksCommand</name>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="30"/>
        <source>usage: cxsync hooks install | status [--json] | remove</source>
        <translation>Aufruf: cxsync hooks install | status [--json] | remove</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="121"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="126"/>
        <source>expires %1</source>
        <translation>läuft ab %1</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="128"/>
        <source>(full read of the mailbox at the next sync)</source>
        <translation>(vollständiges Lesen des Postfachs bei der nächsten Synchronisierung)</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="199"/>
        <source>server unknown</source>
        <translation>Server unbekannt</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="201"/>
        <source>expires %1, renewal due %2</source>
        <translation>läuft ab %1, Erneuerung fällig %2</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="211"/>
        <source>No change subscriptions are installed; changes are found by polling.</source>
        <translation>Es sind keine Änderungsabonnements installiert; Änderungen werden durch Abfragen (Polling) gefunden.</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="218"/>
        <source>Removing the change subscriptions:</source>
        <translation>Die Änderungsabonnements werden entfernt:</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="222"/>
        <source>There were none.</source>
        <translation>Es gab keine.</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="232"/>
        <source>the Graph change subscriptions that tell the service what changed</source>
        <translation>die Graph-Änderungsabonnements, die dem Dienst melden, was sich geändert hat</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="241"/>
        <source>one Graph change subscription per linked mailbox (clientState in the
keychain); checks the CRM&apos;s custom fields and lists missing ones</source>
        <translation>ein Graph-Änderungsabonnement pro verknüpftem Postfach (clientState im
Schlüsselbund); prüft die benutzerdefinierten Felder des CRM und listet fehlende auf</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="247"/>
        <source>each subscription with its expiry, renewal time and health</source>
        <translation>jedes Abonnement mit Ablauf, Erneuerungszeit und Zustand</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="252"/>
        <source>delete the change subscriptions</source>
        <translation>löscht die Änderungsabonnements</translation>
    </message>
</context>
<context>
    <name>cxsync::HooksInstaller</name>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="84"/>
        <source>subscription for %1 created; expires %2</source>
        <translation>Abonnement für %1 erstellt; läuft ab %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="87"/>
        <source>subscription for %1 is in place; expires %2</source>
        <translation>Abonnement für %1 ist vorhanden; läuft ab %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="90"/>
        <source>subscription for %1 renewed; expires %2</source>
        <translation>Abonnement für %1 erneuert; läuft ab %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="93"/>
        <source>subscription for %1 was gone at Graph and was created again; expires %2</source>
        <translation>Abonnement für %1 war bei Graph nicht mehr vorhanden und wurde neu erstellt; läuft ab %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="97"/>
        <source>subscription for %1 removed</source>
        <translation>Abonnement für %1 entfernt</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="100"/>
        <source>subscription for %1 failed: %2</source>
        <translation>Abonnement für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="104"/>
        <source> (the mailbox is read in full at the next sync)</source>
        <translation> (das Postfach wird bei der nächsten Synchronisierung vollständig gelesen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hooks/HooksInstaller.cpp" line="123"/>
        <source>Cancelled: %n mailbox(es) were not handled; install again to finish.</source>
        <translation>
            <numerusform>Abgebrochen: %n Postfach wurde nicht bearbeitet; installieren Sie erneut, um den Vorgang abzuschließen.</numerusform>
            <numerusform>Abgebrochen: %n Postfächer wurden nicht bearbeitet; installieren Sie erneut, um den Vorgang abzuschließen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="127"/>
        <source>Subscriptions: %1 created, %2 renewed, %3 kept, %4 recreated, %5 failed.</source>
        <translation>Abonnements: %1 erstellt, %2 erneuert, %3 beibehalten, %4 neu erstellt, %5 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="158"/>
        <source>push is not configured: set %1 (%2); without it changes are found by polling</source>
        <translation>Push ist nicht konfiguriert: Legen Sie %1 fest (%2); ohne diese Einstellung werden Änderungen durch Abfragen (Polling) erkannt</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="196"/>
        <source>CRM side: the custom fields could not be checked: %1</source>
        <translation>CRM-Seite: Die benutzerdefinierten Felder konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="202"/>
        <source>CRM side: Sage CRM&apos;s REST API cannot create fields. Add these text fields in Administration &gt; Customization, then install again:</source>
        <translation>CRM-Seite: Die REST-API von Sage CRM kann keine Felder anlegen. Legen Sie diese Textfelder unter Administration &gt; Anpassung an und installieren Sie dann erneut:</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="207"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="208"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="209"/>
        <source>  %1 (on %2)</source>
        <translation>  %1 (in %2)</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="216"/>
        <source>CRM side: warning: could not confirm %1 (%2); if one is missing, the first write that needs it names it.</source>
        <translation>CRM-Seite: Warnung: %1 nicht bestätigt (%2); fehlt eines, nennt es der erste Schreibvorgang, der es braucht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hooks/HooksInstaller.cpp" line="223"/>
        <source>CRM side: custom fields present; changes are read from the CRM every %n second(s)</source>
        <translation>
            <numerusform>CRM-Seite: benutzerdefinierte Felder vorhanden; Änderungen werden im Abstand von %n Sekunde aus dem CRM gelesen</numerusform>
            <numerusform>CRM-Seite: benutzerdefinierte Felder vorhanden; Änderungen werden im Abstand von %n Sekunden aus dem CRM gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="230"/>
        <source>Exchange side: no linked users yet; synchronize users first (Sync Users With CRM, or &apos;cxsync users sync&apos;).</source>
        <translation>Exchange-Seite: noch keine verknüpften Benutzer; synchronisieren Sie zuerst die Benutzer („Benutzer mit CRM synchronisieren“ oder „cxsync users sync“).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hooks/HooksInstaller.cpp" line="252"/>
        <source>Exchange side: %n mailbox(es)</source>
        <translation>
            <numerusform>Exchange-Seite: %n Postfach</numerusform>
            <numerusform>Exchange-Seite: %n Postfächer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="278"/>
        <source>the listener&apos;s client state could not be stored (%1); store one with &apos;cxsync secret set listener-client-state&apos;</source>
        <translation>das Listener-Geheimnis (clientState) konnte nicht gespeichert werden (%1); speichern Sie eines mit „cxsync secret set listener-client-state“</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="283"/>
        <source>A new listener client state was created and stored in the %1.</source>
        <translation>Ein neues Listener-Geheimnis (clientState) wurde erstellt und im %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="307"/>
        <source>(the service is not running: Install Scripts answers Graph&apos;s validation itself; start the service to receive notifications)</source>
        <translation>(der Dienst läuft nicht: „Skripte installieren“ beantwortet die Validierung von Graph selbst; starten Sie den Dienst, um Benachrichtigungen zu empfangen)</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="337"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::HttpRequestReader</name>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="106"/>
        <source>the chunked body&apos;s trailer fields are larger than %1 bytes</source>
        <translation>die Trailer-Felder des Chunked-Inhalts sind größer als %1 Byte</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="109"/>
        <source>the request line is longer than %1 bytes</source>
        <translation>die Anfragezeile ist länger als %1 Byte</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="111"/>
        <source>the request&apos;s header fields are larger than %1 bytes</source>
        <translation>die Kopfzeilen der Anfrage sind größer als %1 Byte</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="121"/>
        <source>a malformed trailer field after the chunked body</source>
        <translation>ein fehlerhaftes Trailer-Feld nach dem Chunked-Inhalt</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="142"/>
        <source>a chunk-size line longer than %1 bytes</source>
        <translation>eine Chunk-Größenzeile länger als %1 Byte</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="149"/>
        <source>a chunk is longer than its size says</source>
        <translation>ein Chunk ist länger als seine Größenangabe</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="172"/>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="176"/>
        <source>a malformed request line</source>
        <translation>eine fehlerhafte Anfragezeile</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="178"/>
        <source>HTTP version %1 is not supported</source>
        <translation>HTTP-Version %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="188"/>
        <source>a malformed request target</source>
        <translation>ein fehlerhaftes Anfrageziel</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="195"/>
        <source>a folded header line (obsolete line folding)</source>
        <translation>eine gefaltete Kopfzeile (veraltete Zeilenfaltung)</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="198"/>
        <source>a malformed header field</source>
        <translation>ein fehlerhaftes Kopfzeilenfeld</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="200"/>
        <source>more than %1 header fields</source>
        <translation>mehr als %1 Kopfzeilenfelder</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="222"/>
        <source>both Content-Length and Transfer-Encoding</source>
        <translation>sowohl Content-Length als auch Transfer-Encoding</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="224"/>
        <source>Transfer-Encoding in an HTTP/1.0 request</source>
        <translation>Transfer-Encoding in einer HTTP/1.0-Anfrage</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="226"/>
        <source>the transfer coding &apos;%1&apos; is not supported</source>
        <translation>die Transferkodierung „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="233"/>
        <source>an invalid Content-Length</source>
        <translation>eine ungültige Content-Length</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="239"/>
        <source>a body of %1 bytes, more than the limit of %2</source>
        <translation>ein Inhalt von %1 Byte, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="255"/>
        <source>a malformed chunk size</source>
        <translation>eine fehlerhafte Chunk-Größe</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="262"/>
        <source>a chunked body of more than %1 bytes</source>
        <translation>ein Chunked-Inhalt von mehr als %1 Byte</translation>
    </message>
</context>
<context>
    <name>cxsync::InstallScriptsAction</name>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="15"/>
        <location filename="../ui/InstallScriptsAction.cpp" line="90"/>
        <source>Install Scripts</source>
        <translation>Skripte installieren</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="18"/>
        <source>Check the CRM fields the synchronization needs (and list any you must add), and create or renew the Exchange change subscription of every linked mailbox so that changes reach the service in seconds.</source>
        <translation>Die CRM-Felder prüfen, die die Synchronisierung benötigt (und alle auflisten, die Sie hinzufügen müssen), und das Exchange-Änderungsabonnement jedes verknüpften Postfachs erstellen oder erneuern, damit Änderungen den Dienst innerhalb von Sekunden erreichen.</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="56"/>
        <source>Install Scripts: cancelling after the mailbox under way…</source>
        <translation>Skripte installieren: wird nach dem gerade bearbeiteten Postfach abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="62"/>
        <source>Install Scripts: already running.</source>
        <translation>Skripte installieren: läuft bereits.</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="69"/>
        <location filename="../ui/InstallScriptsAction.cpp" line="73"/>
        <source>Install Scripts: %1</source>
        <translation>Skripte installieren: %1</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="81"/>
        <source>Install Scripts: nothing was installed.</source>
        <translation>Skripte installieren: Es wurde nichts installiert.</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="83"/>
        <source>Install Scripts cancelled.</source>
        <translation>„Skripte installieren“ abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="85"/>
        <source>Install Scripts finished.</source>
        <translation>„Skripte installieren“ abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InstallScriptsAction.cpp" line="87"/>
        <source>Install Scripts finished with %n problem(s); see the lines above.</source>
        <translation>
            <numerusform>„Skripte installieren“ mit %n Problem abgeschlossen; siehe die Zeilen oben.</numerusform>
            <numerusform>„Skripte installieren“ mit %n Problemen abgeschlossen; siehe die Zeilen oben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="95"/>
        <source>Install Scripts: %v of %m mailboxes</source>
        <translation>Skripte installieren: %v von %m Postfächern</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="97"/>
        <source>Cancel Install Scripts</source>
        <translation>„Skripte installieren“ abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="100"/>
        <source>Install Scripts started (saved settings: %1).</source>
        <translation>„Skripte installieren“ gestartet (gespeicherte Einstellungen: %1).</translation>
    </message>
</context>
<context>
    <name>cxsync::Journal</name>
    <message>
        <location filename="../core/store/Journal.cpp" line="87"/>
        <source>the Qt SQLite driver is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>der Qt-SQLite-Treiber fehlt (Debian-Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="108"/>
        <source>cannot open the journal &apos;%1&apos;: %2</source>
        <translation>das Journal „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="56"/>
        <source>the journal &apos;%1&apos; cannot use write-ahead logging (is it on a network share?).</source>
        <translation>das Journal „%1“ kann kein Write-Ahead-Logging verwenden (liegt es auf einer Netzwerkfreigabe?).</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="61"/>
        <location filename="../core/store/Journal.cpp" line="64"/>
        <source>cannot configure the journal &apos;%1&apos;: %2</source>
        <translation>das Journal „%1“ kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="41"/>
        <location filename="../core/store/Journal.cpp" line="124"/>
        <source>&apos;%1&apos; is not a readable SQLite journal.</source>
        <translation>„%1“ ist kein lesbares SQLite-Journal.</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="48"/>
        <source>cannot write to the journal &apos;%1&apos;: %2</source>
        <translation>in das Journal „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="128"/>
        <source>the journal &apos;%1&apos; has schema version %2, newer than this program&apos;s %3; use the newer program or restore a backup.</source>
        <translation>das Journal „%1“ hat die Schemaversion %2, die neuer ist als Version %3 dieses Programms; verwenden Sie das neuere Programm oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="137"/>
        <source>cannot start migration %1 of &apos;%2&apos;: %3</source>
        <translation>Migration %1 von „%2“ kann nicht gestartet werden: %3</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="151"/>
        <source>journal migration %1 (%2) failed and was rolled back: %3</source>
        <translation>Journalmigration %1 (%2) ist fehlgeschlagen und wurde zurückgesetzt: %3</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="156"/>
        <source>cannot commit migration %1 of &apos;%2&apos;: %3</source>
        <translation>Migration %1 von „%2“ kann nicht festgeschrieben werden: %3</translation>
    </message>
</context>
<context>
    <name>cxsync::JournalCommand</name>
    <message>
        <location filename="../cli/JournalCommand.cpp" line="107"/>
        <source>--state: &apos;%1&apos; is not one of waiting, retrying, parked, resolved, discarded</source>
        <translation>--state: „%1“ ist keiner von waiting, retrying, parked, resolved, discarded</translation>
    </message>
    <message>
        <location filename="../cli/JournalCommand.cpp" line="118"/>
        <source>--limit: &apos;%1&apos; is not a whole number (0 for all)</source>
        <translation>--limit: „%1“ ist keine ganze Zahl (0 für alle)</translation>
    </message>
    <message>
        <location filename="../cli/JournalCommand.cpp" line="126"/>
        <source>--since: &apos;%1&apos; is not a date (2026-01-31) or a time (2026-01-31T14:00, with Z or an offset for UTC)</source>
        <translation>--since: „%1“ ist weder ein Datum (2026-01-31) noch ein Zeitpunkt (2026-01-31T14:00, mit Z oder einem Versatz für UTC)</translation>
    </message>
</context>
<context>
    <name>cxsync::JournalFile</name>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="82"/>
        <source>the journal &apos;%1&apos; is an empty file, not a journal of CRM Exchange Sync; it was left as it is. Delete it if it is a leftover, or give another path.</source>
        <translation>das Journal „%1“ ist eine leere Datei, kein Journal von CRM Exchange Sync; sie wurde unverändert gelassen. Löschen Sie sie, wenn sie ein Überbleibsel ist, oder geben Sie einen anderen Pfad an.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="88"/>
        <source>the journal &apos;%1&apos; is not an SQLite database, so not a journal of CRM Exchange Sync; it was left as it is. Give the path of the journal, or of a file that does not exist yet.</source>
        <translation>das Journal „%1“ ist keine SQLite-Datenbank und damit kein Journal von CRM Exchange Sync; es wurde unverändert gelassen. Geben Sie den Pfad des Journals an oder den einer Datei, die noch nicht existiert.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="102"/>
        <source>&apos;%1&apos; is an SQLite database of another program (application id 0x%2), not a journal of CRM Exchange Sync; it was left as it is.</source>
        <translation>„%1“ ist eine SQLite-Datenbank eines anderen Programms (Anwendungs-ID 0x%2), kein Journal von CRM Exchange Sync; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="109"/>
        <location filename="../core/store/JournalFile.cpp" line="217"/>
        <location filename="../core/store/JournalFile.cpp" line="230"/>
        <location filename="../core/store/JournalFile.cpp" line="314"/>
        <source>cannot read the journal &apos;%1&apos;: %2</source>
        <translation>das Journal „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="113"/>
        <source>&apos;%1&apos; is an SQLite database, but not a journal of CRM Exchange Sync (the journal&apos;s tables are missing); it was left as it is.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, aber kein Journal von CRM Exchange Sync (die Tabellen des Journals fehlen); sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="121"/>
        <source>&apos;%1&apos; is a symbolic link (to &apos;%2&apos;); the journal and its side files must be the files themselves. Give the real path, or remove the link.</source>
        <translation>„%1“ ist ein symbolischer Link (auf „%2“); das Journal und seine Begleitdateien müssen die Dateien selbst sein. Geben Sie den echten Pfad an oder entfernen Sie den Link.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="144"/>
        <source>cannot examine &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht untersucht werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="151"/>
        <location filename="../core/store/JournalFile.cpp" line="300"/>
        <source>&apos;%1&apos; is left over from a journal that is no longer there; move it away (or restore the journal &apos;%2&apos;), so that it is not replayed into a new journal.</source>
        <translation>„%1“ ist ein Überbleibsel eines Journals, das nicht mehr existiert; verschieben Sie es (oder stellen Sie das Journal „%2“ wieder her), damit es nicht in ein neues Journal eingespielt wird.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="158"/>
        <source>&apos;%1&apos; is not a regular file (a FIFO, device, socket or folder); it was left as it is.</source>
        <translation>„%1“ ist keine reguläre Datei (ein FIFO, Gerät, Socket oder Ordner); es wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="164"/>
        <source>&apos;%1&apos; belongs to user %2, but the journal &apos;%3&apos; to user %4; it was left as it is.</source>
        <translation>„%1“ gehört Benutzer %2, das Journal „%3“ aber Benutzer %4; es wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="194"/>
        <source>cannot examine the journal &apos;%1&apos;: %2</source>
        <translation>das Journal „%1“ kann nicht untersucht werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="204"/>
        <location filename="../core/store/JournalFile.cpp" line="309"/>
        <source>the journal &apos;%1&apos; is a folder, not a file: give a file name, such as %1/journal.sqlite.</source>
        <translation>das Journal „%1“ ist ein Ordner, keine Datei: Geben Sie einen Dateinamen an, etwa %1/journal.sqlite.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="209"/>
        <source>the journal &apos;%1&apos; is not a regular file (a FIFO, device or socket); it was left as it is.</source>
        <translation>das Journal „%1“ ist keine reguläre Datei (ein FIFO, Gerät oder Socket); es wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="227"/>
        <source>the journal &apos;%1&apos; changed while it was being examined; try again.</source>
        <translation>das Journal „%1“ hat sich während der Untersuchung geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="247"/>
        <location filename="../core/store/JournalFile.cpp" line="328"/>
        <source>cannot create the folder &apos;%1&apos; for the journal.</source>
        <translation>der Ordner „%1“ für das Journal kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="254"/>
        <location filename="../core/store/JournalFile.cpp" line="332"/>
        <source>cannot create the journal &apos;%1&apos;: %2</source>
        <translation>das Journal „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="259"/>
        <source>cannot restrict the journal &apos;%1&apos; to its owner.</source>
        <translation>das Journal „%1“ kann nicht auf seinen Eigentümer beschränkt werden.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="280"/>
        <source>%1: mode %2 changed to %3 (only its owner may read the journal)</source>
        <translation>%1: Modus %2 in %3 geändert (nur der Eigentümer darf das Journal lesen)</translation>
    </message>
</context>
<context>
    <name>cxsync::JournalPage</name>
    <message>
        <location filename="../ui/JournalPage.cpp" line="34"/>
        <source>The journal cannot be opened: %1</source>
        <translation>Das Journal kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="52"/>
        <source>User or mailbox</source>
        <translation>Benutzer oder Postfach</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="63"/>
        <source>Both directions</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="75"/>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="76"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="77"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="78"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="105"/>
        <source>More rows could not be read (scroll to try again): %1</source>
        <translation>Weitere Zeilen konnten nicht gelesen werden (zum erneuten Versuch scrollen): %1</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="121"/>
        <source>The journal could not be read: %1</source>
        <translation>Das Journal konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::KeychainSecretStore</name>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="27"/>
        <source>no %1 is stored in the keychain.</source>
        <translation>im Schlüsselbund ist kein %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="32"/>
        <source>the keychain refused access to the %1: %2</source>
        <translation>der Schlüsselbund hat den Zugriff auf das %1 verweigert: %2</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="38"/>
        <source>the keychain could not delete the %1: %2</source>
        <translation>der Schlüsselbund konnte das %1 nicht löschen: %2</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="47"/>
        <source>no keychain is available (%1)</source>
        <translation>kein Schlüsselbund verfügbar (%1)</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="102"/>
        <location filename="../core/config/KeychainSecretStore.cpp" line="123"/>
        <location filename="../core/config/KeychainSecretStore.cpp" line="143"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="159"/>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsspeicher</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="161"/>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="163"/>
        <source>Secret Service keychain</source>
        <translation>Secret-Service-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>cxsync::LayeredSecretStore</name>
    <message>
        <location filename="../core/config/LayeredSecretStore.cpp" line="24"/>
        <source>no %1 is set.</source>
        <translation>es ist kein %1 festgelegt.</translation>
    </message>
    <message>
        <location filename="../core/config/LayeredSecretStore.cpp" line="40"/>
        <source>no keychain is configured</source>
        <translation>kein Schlüsselbund konfiguriert</translation>
    </message>
    <message>
        <location filename="../core/config/LayeredSecretStore.cpp" line="42"/>
        <source>no keychain is available</source>
        <translation>kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location filename="../core/config/LayeredSecretStore.cpp" line="90"/>
        <source>%1 (some secrets for this session only)</source>
        <translation>%1 (einige Geheimnisse nur für diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>cxsync::ListenerTls</name>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="47"/>
        <location filename="../core/hooks/ListenerTls.cpp" line="51"/>
        <source>%1 is required when %2 is set (both or neither).</source>
        <translation>%1 ist erforderlich, wenn %2 festgelegt ist (beide oder keines).</translation>
    </message>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="58"/>
        <source>The listener certificate %1 cannot be read (%2).</source>
        <translation>Das Listener-Zertifikat %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="63"/>
        <source>The listener key %1 cannot be read (%2).</source>
        <translation>Der Listener-Schlüssel %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="70"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="77"/>
        <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA oder EC).</translation>
    </message>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="80"/>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation>Der private Schlüssel in %1 gehört nicht zum Zertifikat in %2.</translation>
    </message>
</context>
<context>
    <name>cxsync::LogCommand</name>
    <message>
        <location filename="../cli/LogCommand.cpp" line="19"/>
        <source>usage: cxsync log [--since DATE] [--user USER] [--json] [--limit N] | log export FILE.csv|FILE.json [--since DATE] [--user USER] | log prune</source>
        <translation>Aufruf: cxsync log [--since DATE] [--user USER] [--json] [--limit N] | log export FILE.csv|FILE.json [--since DATE] [--user USER] | log prune</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="69"/>
        <source>The transaction log has no entries%1.</source>
        <translation>Das Transaktionsprotokoll hat keine Einträge%1.</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="70"/>
        <source> that match</source>
        <translation>, die passen</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="81"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="85"/>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/LogCommand.cpp" line="101"/>
        <source>Exported %n log entr(y/ies) to %1.</source>
        <translation>
            <numerusform>%n Protokolleintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Protokolleinträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="110"/>
        <source>%1 is not valid; see cxsync config validate</source>
        <translation>%1 ist nicht gültig; siehe cxsync config validate</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="114"/>
        <source>Removed %1 log entries older than %2 days.</source>
        <translation>%1 Protokolleinträge älter als %2 Tage entfernt.</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="122"/>
        <source>Only entries of this user (CRM logon or mailbox).</source>
        <translation>Nur Einträge dieses Benutzers (CRM-Anmeldung oder Postfach).</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="125"/>
        <source>the transaction log: what was applied, when, with what result</source>
        <translation>das Transaktionsprotokoll: was wann mit welchem Ergebnis angewendet wurde</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="137"/>
        <source>At most N entries, the newest (default 100; 0: all).</source>
        <translation>Höchstens N Einträge, die neuesten (Standard 100; 0: alle).</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="141"/>
        <source>FILE.csv or FILE.json</source>
        <translation>FILE.csv oder FILE.json</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="146"/>
        <source>remove the entries older than log/retentionDays</source>
        <translation>entfernt die Einträge, die älter als log/retentionDays sind</translation>
    </message>
</context>
<context>
    <name>cxsync::LogPage</name>
    <message>
        <location filename="../ui/LogPage.cpp" line="21"/>
        <source>Export Transaction Log</source>
        <translation>Transaktionsprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="23"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="31"/>
        <source>Any result</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="37"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="40"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LogPage.cpp" line="81"/>
        <source>%n entr(y/ies) match, newest first.</source>
        <translation>
            <numerusform>%n passender Eintrag, neueste zuerst.</numerusform>
            <numerusform>%n passende Einträge, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="93"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LogPage.cpp" line="96"/>
        <source>Exported %n log entr(y/ies) to %1.</source>
        <translation>
            <numerusform>%n Protokolleintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Protokolleinträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxsync::MemorySecretStore</name>
    <message>
        <location filename="../core/config/MemorySecretStore.cpp" line="10"/>
        <source>no %1 is set.</source>
        <translation>es ist kein %1 festgelegt.</translation>
    </message>
    <message>
        <location filename="../core/config/MemorySecretStore.h" line="19"/>
        <source>session memory (this session only)</source>
        <translation>Sitzungsspeicher (nur für diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>cxsync::NotificationInbox</name>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="17"/>
        <source>The journal could not %1 a notification: %2</source>
        <translation>Das Journal konnte eine Benachrichtigung nicht %1: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="26"/>
        <source>A notification needs a mailbox.</source>
        <translation>Eine Benachrichtigung braucht ein Postfach.</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="29"/>
        <source>A lifecycle notification, and only one, names its event.</source>
        <translation>Eine Lebenszyklus-Benachrichtigung, und nur eine, nennt ihr Ereignis.</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="48"/>
        <source>store</source>
        <translation>speichern</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="58"/>
        <location filename="../core/hooks/NotificationInbox.cpp" line="124"/>
        <source>count</source>
        <translation>zählen</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="60"/>
        <source>The journal neither stored nor matched a notification for %1.</source>
        <translation>Das Journal hat für %1 weder eine Benachrichtigung gespeichert noch eine passende gefunden.</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="72"/>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="83"/>
        <location filename="../core/hooks/NotificationInbox.cpp" line="88"/>
        <source>The journal could not read notification %1: %2</source>
        <translation>Das Journal konnte die Benachrichtigung %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="108"/>
        <source>complete</source>
        <translation>abschließen</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.h" line="25"/>
        <source>a notification kind</source>
        <translation>eine Benachrichtigungsart</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.h" line="39"/>
        <source>a lifecycle event</source>
        <translation>ein Lebenszyklus-Ereignis</translation>
    </message>
</context>
<context>
    <name>cxsync::NotificationListener</name>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="67"/>
        <source>request refused with HTTP %1</source>
        <translation>Anfrage mit HTTP %1 abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="67"/>
        <source>connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="87"/>
        <source>The listener cannot listen on %1 port %2 (in use, or not an address of this machine).</source>
        <translation>Der Listener kann nicht auf %1 Port %2 lauschen (belegt oder keine Adresse dieses Computers).</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="91"/>
        <source>Listening for change notifications on %1://%2:%3%4</source>
        <translation>Warte auf Änderungsbenachrichtigungen auf %1://%2:%3%4</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="116"/>
        <source>Notification rejected: %1</source>
        <translation>Benachrichtigung abgelehnt: %1</translation>
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
            <numerusform>%n weitere Benachrichtigung oder Anfrage in den letzten %1 s abgelehnt: %2</numerusform>
            <numerusform>%n weitere Benachrichtigungen oder Anfragen in den letzten %1 s abgelehnt: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="162"/>
        <source>the body is not a notification collection</source>
        <translation>der Inhalt ist keine Sammlung von Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="172"/>
        <location filename="../core/hooks/NotificationListener.cpp" line="226"/>
        <source>wrong or missing clientState</source>
        <translation>falscher oder fehlender clientState</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="172"/>
        <source>subscription &apos;%1&apos;</source>
        <translation>Abonnement „%1“</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="187"/>
        <source>unknown lifecycle event</source>
        <translation>unbekanntes Lebenszyklus-Ereignis</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="196"/>
        <source>unknown changeType</source>
        <translation>unbekannter changeType</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="202"/>
        <source>no mailbox for the subscription</source>
        <translation>kein Postfach für das Abonnement</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="226"/>
        <source>an XML notification</source>
        <translation>eine XML-Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="230"/>
        <source>an XML notification, which this Exchange server does not send</source>
        <translation>eine XML-Benachrichtigung, die dieser Exchange-Server nicht sendet</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="235"/>
        <source>an XML notification that could not be read</source>
        <translation>eine XML-Benachrichtigung, die nicht gelesen werden konnte</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="164"/>
        <source>no &apos;value&apos; list</source>
        <translation>keine Liste „value“</translation>
    </message>
</context>
<context>
    <name>cxsync::NotifyCommand</name>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="23"/>
        <source>usage: cxsync notify test | notify digest</source>
        <translation>Aufruf: cxsync notify test | notify digest</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="55"/>
        <source>server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="56"/>
        <source>Test mail accepted by the server: %1</source>
        <translation>Testmail vom Server angenommen: %1</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="62"/>
        <source>%1 is not set: nobody to send the test mail to</source>
        <translation>%1 ist nicht gesetzt: Niemand, an den die Testmail gehen könnte</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="70"/>
        <source>Sending a test mail to %1 through %2:%3…</source>
        <translation>Testmail wird an %1 über %2:%3 gesendet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/NotifyCommand.cpp" line="90"/>
        <source>Digest of %n failure(s) sent: %1</source>
        <translation>
            <numerusform>Zusammenfassung von %n Fehler gesendet: %1</numerusform>
            <numerusform>Zusammenfassung von %n Fehlern gesendet: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="95"/>
        <source>Nothing new to report.</source>
        <translation>Nichts Neues zu melden.</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="99"/>
        <source>The last error mail was sent less than the interval ago; the next may go at %1.</source>
        <translation>Die letzte Fehlermail wurde vor weniger als einem Intervall gesendet; die nächste kann um %1 gehen.</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="113"/>
        <source>the error e-mail: a test mail, or the digest of new failures</source>
        <translation>die Fehlermail: eine Testmail oder die Zusammenfassung neuer Fehler</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="120"/>
        <source>send a test error mail now</source>
        <translation>sendet jetzt eine Test-Fehlermail</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="123"/>
        <source>send the error digest if one is due</source>
        <translation>sendet die Fehlerzusammenfassung, wenn sie fällig ist</translation>
    </message>
</context>
<context>
    <name>cxsync::OwnerOnlyFile</name>
    <message>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="25"/>
        <source>cannot write &apos;%1&apos;: it is not a regular file (a FIFO, device, socket or folder); it was left as it is. Give the name of a file.</source>
        <translation>„%1“ kann nicht geschrieben werden: keine reguläre Datei (ein FIFO, Gerät, Socket oder Ordner); es wurde unverändert gelassen. Geben Sie den Namen einer Datei an.</translation>
    </message>
    <message>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="43"/>
        <source>cannot write &apos;%1&apos;: it is a symbolic link to &apos;%2&apos;, which does not exist.</source>
        <translation>„%1“ kann nicht geschrieben werden: es ist ein symbolischer Link auf „%2“, das nicht existiert.</translation>
    </message>
    <message>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="48"/>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="63"/>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="79"/>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="88"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="67"/>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="83"/>
        <source>cannot restrict &apos;%1&apos; to its owner.</source>
        <translation>„%1“ kann nicht auf seinen Eigentümer beschränkt werden.</translation>
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
        <translation>die Richtliniendatei „%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <location filename="../core/config/PolicySettings.cpp" line="46"/>
        <source>the policy file &apos;%1&apos; cannot be read by this user; policies must apply to every program that reads the settings (make it readable, e.g. mode 0644).</source>
        <translation>die Richtliniendatei „%1“ kann von diesem Benutzer nicht gelesen werden; Richtlinien müssen für jedes Programm gelten, das die Einstellungen liest (machen Sie sie lesbar, z. B. Modus 0644).</translation>
    </message>
    <message>
        <location filename="../core/config/PolicySettings.cpp" line="53"/>
        <source>the policy file &apos;%1&apos; is not a valid INI file.</source>
        <translation>die Richtliniendatei „%1“ ist keine gültige INI-Datei.</translation>
    </message>
</context>
<context>
    <name>cxsync::Profile</name>
    <message>
        <location filename="../core/profile/Profile.cpp" line="29"/>
        <source>The profile was closed before its connections were ready.</source>
        <translation>Das Profil wurde geschlossen, bevor seine Verbindungen bereit waren.</translation>
    </message>
    <message>
        <location filename="../core/profile/Profile.cpp" line="102"/>
        <source>The profile was closed before its journal was opened.</source>
        <translation>Das Profil wurde geschlossen, bevor sein Journal geöffnet wurde.</translation>
    </message>
</context>
<context>
    <name>cxsync::QueueCommand</name>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="18"/>
        <source>usage: cxsync queue list [--json] [--state STATE[,STATE]] [--user USER] [--limit N] | queue show ID [--json] | queue retry ID | queue retry --all [--state STATE] [--user USER] | queue discard ID --yes | queue export FILE.xml|FILE.json|FILE.csv</source>
        <translation>Aufruf: cxsync queue list [--json] [--state STATE[,STATE]] [--user USER] [--limit N] | queue show ID [--json] | queue retry ID | queue retry --all [--state STATE] [--user USER] | queue discard ID --yes | queue export FILE.xml|FILE.json|FILE.csv</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="28"/>
        <source>&apos;%1&apos; is not a failed message id (a number from `cxsync queue list`)</source>
        <translation>„%1“ ist keine ID einer fehlgeschlagenen Nachricht (eine Zahl aus `cxsync queue list`)</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="99"/>
        <source>No failed messages%1.</source>
        <translation>Keine fehlgeschlagenen Nachrichten%1.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="100"/>
        <source> match</source>
        <translation> entsprechen dem Filter</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="104"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="104"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="104"/>
        <source>LAST FAILURE</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="105"/>
        <source>DIRECTION</source>
        <translation>RICHTUNG</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="105"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="106"/>
        <source>OPERATION</source>
        <translation>VORGANG</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="106"/>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="107"/>
        <source>TRIES  SUBJECT  MESSAGE</source>
        <translation>VERS.  BETREFF  MELDUNG</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="132"/>
        <source>%1 of %2 shown, newest failure first; `cxsync queue show ID` for details, --limit 0 for all.</source>
        <translation>%1 von %2 angezeigt, neuester Fehler zuerst; Details mit `cxsync queue show ID`, alle mit --limit 0.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="156"/>
        <source>Failed message</source>
        <translation>Fehlgeschlagene Nachricht</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="157"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="158"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="159"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="160"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="161"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="162"/>
        <source>CRM user</source>
        <translation>CRM-Benutzer</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="163"/>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="164"/>
        <source>CRM item</source>
        <translation>CRM-Element</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="165"/>
        <source>Exchange item</source>
        <translation>Exchange-Element</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="166"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="167"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="168"/>
        <source>Server code</source>
        <translation>Servercode</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="169"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="170"/>
        <source>First failure</source>
        <translation>Erster Fehler</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="171"/>
        <source>Last failure</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="173"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="174"/>
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="175"/>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="182"/>
        <source>  next %1</source>
        <translation>  nächster %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/QueueCommand.cpp" line="197"/>
        <source>%n failed message(s) will be retried by the next `cxsync sync` or the running service.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Nachricht wird beim nächsten `cxsync sync` oder vom laufenden Dienst erneut versucht.</numerusform>
            <numerusform>%n fehlgeschlagene Nachrichten werden beim nächsten `cxsync sync` oder vom laufenden Dienst erneut versucht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="208"/>
        <source>Failed message %1 will be retried by the next `cxsync sync` or the running service.</source>
        <translation>Die fehlgeschlagene Nachricht %1 wird beim nächsten `cxsync sync` oder vom laufenden Dienst erneut versucht.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="220"/>
        <source>discarding message %1 means its change is never applied; repeat with --yes to confirm</source>
        <translation>wird die Nachricht %1 verworfen, wird ihre Änderung nie angewendet; wiederholen Sie den Befehl mit --yes, um zu bestätigen</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="223"/>
        <source>discarded by the administrator (cxsync queue discard)</source>
        <translation>vom Administrator verworfen (cxsync queue discard)</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="226"/>
        <source>Failed message %1 discarded; `cxsync queue retry %1` brings it back.</source>
        <translation>Fehlgeschlagene Nachricht %1 verworfen; `cxsync queue retry %1` holt sie zurück.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/QueueCommand.cpp" line="236"/>
        <source>Exported %n failed message(s) to %1.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Nachricht nach %1 exportiert.</numerusform>
            <numerusform>%n fehlgeschlagene Nachrichten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="244"/>
        <source>the failed messages: list, show, retry, discard and export them</source>
        <translation>die fehlgeschlagenen Nachrichten: auflisten, anzeigen, wiederholen, verwerfen und exportieren</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="252"/>
        <source>Only this user&apos;s messages (CRM logon or mailbox).</source>
        <translation>Nur Nachrichten dieses Benutzers (CRM-Anmeldung oder Postfach).</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="258"/>
        <source>failed messages, newest first (states: waiting, retrying, parked,
resolved, discarded)</source>
        <translation>fehlgeschlagene Nachrichten, neueste zuerst (Zustände: waiting, retrying, parked,
resolved, discarded)</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="264"/>
        <source>At most N messages (default 50; 0: all).</source>
        <translation>Höchstens N Nachrichten (Standard 50; 0: alle).</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="268"/>
        <source>one failed message: the change, the error and every attempt</source>
        <translation>eine fehlgeschlagene Nachricht: die Änderung, der Fehler und jeder Versuch</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="274"/>
        <source>retry at the next sync or service pass, even if parked</source>
        <translation>beim nächsten Sync oder Dienstdurchlauf wiederholen, auch wenn zurückgestellt</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="277"/>
        <source>Every message that matches --state, --user and --since.</source>
        <translation>Jede Nachricht, die zu --state, --user und --since passt.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="284"/>
        <source>give up a failed message (queue retry ID brings it back)</source>
        <translation>eine fehlgeschlagene Nachricht aufgeben (queue retry ID holt sie zurück)</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="285"/>
        <source>Confirm: the message&apos;s change is never applied.</source>
        <translation>Bestätigen: Die Änderung der Nachricht wird nie angewendet.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="290"/>
        <source>FILE.xml (like the legacy Event Data file), FILE.json or FILE.csv</source>
        <translation>FILE.xml (wie die frühere Event-Data-Datei), FILE.json oder FILE.csv</translation>
    </message>
</context>
<context>
    <name>cxsync::RepairCommand</name>
    <message>
        <location filename="../cli/RepairCommand.cpp" line="15"/>
        <source>check consistency, then repair what was found by the sync&apos;s own rules:
relink twins, drop dead links, re-push drift with the conflict policy, delete
our own duplicates (within the mass-delete safety share); never invites anyone</source>
        <translation>prüft die Konsistenz und repariert dann das Gefundene nach den Regeln der
Synchronisierung: verknüpft Zwillinge, entfernt tote Verknüpfungen, überträgt
Abweichungen nach der Konfliktregel erneut, löscht eigene Duplikate (innerhalb
des Sicherheitsanteils für Massenlöschungen); lädt nie jemanden ein</translation>
    </message>
    <message>
        <location filename="../cli/RepairCommand.cpp" line="20"/>
        <source>Repair (without it nothing is written).</source>
        <translation>Reparieren (ohne diese Option wird nichts geschrieben).</translation>
    </message>
    <message>
        <location filename="../cli/RepairCommand.cpp" line="21"/>
        <source>Only this user (CRM logon or mailbox).</source>
        <translation>Nur dieser Benutzer (CRM-Anmeldung oder Postfach).</translation>
    </message>
    <message>
        <location filename="../cli/RepairCommand.cpp" line="29"/>
        <source>usage: cxsync repair --dry-run | --yes [--user USER]</source>
        <translation>Aufruf: cxsync repair --dry-run | --yes [--user USER]</translation>
    </message>
</context>
<context>
    <name>cxsync::RotatingLogFile</name>
    <message>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="17"/>
        <source>the log file needs a path.</source>
        <translation>die Protokolldatei braucht einen Pfad.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="20"/>
        <source>a log file of at most %1 bytes is too small (1024 or more).</source>
        <translation>eine Protokolldatei von höchstens %1 Byte ist zu klein (1024 oder mehr).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="23"/>
        <source>at least one old log file must be kept (asked: %1).</source>
        <translation>mindestens eine alte Protokolldatei muss aufbewahrt werden (verlangt: %1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="27"/>
        <source>cannot create the log folder &apos;%1&apos;.</source>
        <translation>der Protokollordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="39"/>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="71"/>
        <source>cannot write the log file &apos;%1&apos;: %2</source>
        <translation>die Protokolldatei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::SandboxAdminClient</name>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="23"/>
        <source>&apos;%1&apos; is missing or not text</source>
        <translation>„%1“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="41"/>
        <source>&apos;subject&apos; is not text</source>
        <translation>„subject“ ist kein Text</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="45"/>
        <source>&apos;start&apos; has no dateTime and timeZone</source>
        <translation>„start“ hat kein dateTime und keine timeZone</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="57"/>
        <source>&apos;%1&apos; is not text</source>
        <translation>„%1“ ist kein Text</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="61"/>
        <source>&apos;Comm_UserId&apos; is neither a number nor text</source>
        <translation>„Comm_UserId“ ist weder eine Zahl noch Text</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="78"/>
        <source>&apos;events&apos; is not a list</source>
        <translation>„events“ ist keine Liste</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="81"/>
        <source>an event is not a JSON object</source>
        <translation>ein Ereignis ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="83"/>
        <source>an event of %1: %2</source>
        <translation>ein Ereignis von %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="140"/>
        <source>the sandbox&apos;s answer to POST %1: %2</source>
        <translation>die Antwort der Sandbox auf POST %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="154"/>
        <source>the sandbox&apos;s answer to GET %1 has no &apos;value&apos; list</source>
        <translation>die Antwort der Sandbox auf GET %1 hat keine „value“-Liste</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="160"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="164"/>
        <source>the sandbox&apos;s answer to GET %1, item %2: %3</source>
        <translation>die Antwort der Sandbox auf GET %1, Element %2: %3</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="192"/>
        <source>the sandbox&apos;s admin endpoint did not answer %1: %2</source>
        <translation>der Admin-Endpunkt der Sandbox hat auf %1 nicht geantwortet: %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="195"/>
        <source>the sandbox&apos;s answer to %1 is too large</source>
        <translation>die Antwort der Sandbox auf %1 ist zu groß</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="205"/>
        <source>the sandbox answered %1 with HTTP %2%3</source>
        <translation>die Sandbox hat auf %1 mit HTTP %2%3 geantwortet</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="214"/>
        <source>the sandbox&apos;s answer to %1 is not a JSON object: %2</source>
        <translation>die Antwort der Sandbox auf %1 ist kein JSON-Objekt: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::SandboxProcess</name>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="42"/>
        <source>%1 did not report ready within %2 s</source>
        <translation>%1 hat sich nicht innerhalb von %2 s bereit gemeldet</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="55"/>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="87"/>
        <source>the demo needs the %1 executable (the sandbox servers, which this program does not contain), found neither in %2 nor on PATH; the cxsync-demo package installs it beside cxsync, and in a source tree it is built with: cmake --build build --target %1</source>
        <translation>die Demo braucht das Programm %1 (die Sandbox-Server, die dieses Programm nicht enthält), das weder in %2 noch im PATH gefunden wurde; das Paket cxsync-demo installiert es neben cxsync, und in einem Quellbaum wird es gebaut mit: cmake --build build --target %1</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="90"/>
        <source> nor in </source>
        <translation> noch in </translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="150"/>
        <source>%1 printed no ready line (%2 bytes without a line end)</source>
        <translation>%1 hat keine Bereitschaftszeile ausgegeben (%2 Byte ohne Zeilenende)</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="174"/>
        <source>%1&apos;s ready line is not a JSON object: %2</source>
        <translation>die Bereitschaftszeile von %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="181"/>
        <source>%1&apos;s ready line has no loopback HTTP URL for &apos;%2&apos;</source>
        <translation>die Bereitschaftszeile von %1 enthält keine Loopback-HTTP-URL für „%2“</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="185"/>
        <source>%1&apos;s ready line names no test mailbox</source>
        <translation>die Bereitschaftszeile von %1 nennt kein Testpostfach</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="189"/>
        <source>%1 reported ready but wrote no profile at %2</source>
        <translation>%1 hat sich bereit gemeldet, aber kein Profil unter %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="194"/>
        <source>%1 reported ready but wrote no private (mode 0600) secrets file at %2</source>
        <translation>%1 hat sich bereit gemeldet, aber keine private Geheimnisdatei (Modus 0600) unter %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="203"/>
        <source>(it wrote nothing on standard error)</source>
        <translation>(es hat nichts auf die Standardfehlerausgabe geschrieben)</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="221"/>
        <source>crashed</source>
        <translation>ist abgestürzt</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="221"/>
        <source>exited with code %1</source>
        <translation>wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="223"/>
        <source>%1 %2 before it was ready: %3</source>
        <translation>%1 %2, bevor es bereit war: %3</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="226"/>
        <source>%1 (pid %2) %3: %4</source>
        <translation>%1 (PID %2) %3: %4</translation>
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
        <translation>Beschränken Sie die Anwendung auf die synchronisierten Postfächer (Exchange Online PowerShell), entweder mit einer Anwendungszugriffsrichtlinie:
  New-ApplicationAccessPolicy -AppId %1 -PolicyScopeGroupId &lt;mail-enabled security group of the synchronized mailboxes&gt; -AccessRight RestrictAccess -Description &quot;CRM Exchange Sync&quot;
  Test-ApplicationAccessPolicy -Identity %2 -AppId %1   (muss AccessCheckResult Denied melden)
oder mit RBAC für Anwendungen:
  New-ServicePrincipal -AppId %1 -ObjectId &lt;enterprise application object id&gt; -DisplayName &quot;CRM Exchange Sync&quot;
  New-ManagementScope -Name &quot;CRM Exchange Sync mailboxes&quot; -RecipientRestrictionFilter &quot;MemberOfGroup -eq &apos;&lt;distinguished name of the group&gt;&apos;&quot;
  New-ManagementRoleAssignment -App %1 -Role &quot;Application Calendars.ReadWrite&quot; -CustomResourceScope &quot;CRM Exchange Sync mailboxes&quot;
  Test-ServicePrincipalAuthorization -Identity %1 -Resource %2
  und entfernen Sie die mandantenweite Administratorzustimmung für Calendars.ReadWrite aus der App-Registrierung in Microsoft Entra. Änderungen können bis zu einer Stunde dauern.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="30"/>
        <source>Limit impersonation to the synchronized mailboxes (Exchange Management Shell):
  New-ManagementScope -Name &quot;CRM Exchange Sync mailboxes&quot; -RecipientRestrictionFilter &quot;MemberOfGroup -eq &apos;&lt;distinguished name of the group of synchronized mailboxes&gt;&apos;&quot;
  Get-ManagementRoleAssignment -Role ApplicationImpersonation -RoleAssignee %1 | Remove-ManagementRoleAssignment
  New-ManagementRoleAssignment -Name &quot;CRM Exchange Sync impersonation&quot; -Role ApplicationImpersonation -User %1 -CustomRecipientWriteScope &quot;CRM Exchange Sync mailboxes&quot;
Then %2 must answer ErrorImpersonateUserDenied.</source>
        <translation>Beschränken Sie den Identitätswechsel auf die synchronisierten Postfächer (Exchange-Verwaltungsshell):
  New-ManagementScope -Name &quot;CRM Exchange Sync mailboxes&quot; -RecipientRestrictionFilter &quot;MemberOfGroup -eq &apos;&lt;distinguished name of the group of synchronized mailboxes&gt;&apos;&quot;
  Get-ManagementRoleAssignment -Role ApplicationImpersonation -RoleAssignee %1 | Remove-ManagementRoleAssignment
  New-ManagementRoleAssignment -Name &quot;CRM Exchange Sync impersonation&quot; -Role ApplicationImpersonation -User %1 -CustomRecipientWriteScope &quot;CRM Exchange Sync mailboxes&quot;
Danach muss %2 mit ErrorImpersonateUserDenied antworten.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="47"/>
        <source>the application can read %1, which is outside its scope: no application access policy or RBAC for Applications scope restricts it.</source>
        <translation>die Anwendung kann %1 lesen, das außerhalb ihres Bereichs liegt: keine Anwendungszugriffsrichtlinie und kein RBAC-Bereich für Anwendungen schränkt sie ein.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="50"/>
        <source>the service account can act as %1, which is outside its scope: its impersonation right is not limited by a management scope.</source>
        <translation>das Dienstkonto kann als %1 handeln, das außerhalb seines Bereichs liegt: sein Identitätswechselrecht ist nicht durch einen Verwaltungsbereich begrenzt.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="54"/>
        <source>The application may read every mailbox in the organisation.</source>
        <translation>Die Anwendung darf jedes Postfach der Organisation lesen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="55"/>
        <source>The service account may impersonate every mailbox.</source>
        <translation>Das Dienstkonto darf die Identität jedes Postfachs annehmen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="67"/>
        <source>access to %1 is denied (403 ErrorAccessDenied), as it should be: the application is limited to its mailboxes.</source>
        <translation>der Zugriff auf %1 wird verweigert (403 ErrorAccessDenied), wie es sein soll: die Anwendung ist auf ihre Postfächer beschränkt.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="70"/>
        <source>acting as %1 is refused (%2), as it should be: impersonation is limited to a management scope.</source>
        <translation>das Handeln als %1 wird abgelehnt (%2), wie es sein soll: der Identitätswechsel ist auf einen Verwaltungsbereich beschränkt.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="80"/>
        <source>the scope could not be checked: %1 is not a mailbox the server knows (%2).</source>
        <translation>der Bereich konnte nicht geprüft werden: %1 ist kein Postfach, das der Server kennt (%2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="83"/>
        <source>The out-of-scope mailbox %1 does not exist or has no mailbox.</source>
        <translation>Das Postfach außerhalb des Bereichs %1 existiert nicht oder hat kein Postfach.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="84"/>
        <source>Name an existing mailbox the application must not reach in Out-of-Scope Mailbox (Least-Privilege Check).</source>
        <translation>Nennen Sie unter „Postfach außerhalb des Bereichs (Prüfung der minimalen Rechte)“ ein vorhandenes Postfach, das die Anwendung nicht erreichen darf.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="87"/>
        <source>the scope could not be checked: reading %1 failed in an unexpected way: %2</source>
        <translation>der Bereich konnte nicht geprüft werden: das Lesen von %1 ist unerwartet fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="90"/>
        <source>The answer for %1 was neither a refusal nor the calendar.</source>
        <translation>Die Antwort für %1 war weder eine Ablehnung noch der Kalender.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="91"/>
        <source>Run Test Connection again; if it repeats, look at the server&apos;s answer above (Diagnostic Mode shows the full exchange).</source>
        <translation>Führen Sie „Verbindung testen“ erneut aus; wiederholt es sich, sehen Sie sich die Antwort des Servers oben an (der Diagnosemodus zeigt den vollständigen Austausch).</translation>
    </message>
</context>
<context>
    <name>cxsync::Secret</name>
    <message>
        <location filename="../core/config/Secret.cpp" line="54"/>
        <source>CRM user password</source>
        <translation>CRM-Benutzerkennwort</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="56"/>
        <source>NT account password</source>
        <translation>NT-Kontokennwort</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="58"/>
        <source>Graph client secret</source>
        <translation>Graph-Clientgeheimnis</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="60"/>
        <source>certificate password</source>
        <translation>Zertifikatkennwort</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="62"/>
        <source>SMTP password</source>
        <translation>SMTP-Kennwort</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="64"/>
        <source>listener client state</source>
        <translation>Listener-Geheimnis (clientState)</translation>
    </message>
</context>
<context>
    <name>cxsync::SecretCommand</name>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="23"/>
        <source>store the profile&apos;s secrets in the keychain and tell where each comes from</source>
        <translation>speichert die Geheimnisse des Profils im Schlüsselbund und zeigt, woher jedes kommt</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="40"/>
        <source>store a secret in the keychain; the value is read from stdin
(@SERVER: an additional Exchange server&apos;s client secret)</source>
        <translation>speichert ein Geheimnis im Schlüsselbund; der Wert wird von stdin gelesen
(@SERVER: das Client-Geheimnis eines zusätzlichen Exchange-Servers)</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="44"/>
        <source>where each secret would come from (never its value)</source>
        <translation>woher jedes Geheimnis käme (nie sein Wert)</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="52"/>
        <source>usage: cxsync secret set NAME | cxsync secret status</source>
        <translation>Aufruf: cxsync secret set NAME | cxsync secret status</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="62"/>
        <source>usage: cxsync secret set NAME (the value is read from standard input)</source>
        <translation>Aufruf: cxsync secret set NAME (der Wert wird von der Standardeingabe gelesen)</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="71"/>
        <source>unknown secret &apos;%1&apos;; see cxsync help secret for the names</source>
        <translation>unbekanntes Geheimnis „%1“; die Namen stehen in cxsync help secret</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="75"/>
        <source>there is no additional Exchange server &apos;%1&apos; in %2 (set its exchangeServers/%1/... settings first)</source>
        <translation>in %2 gibt es keinen zusätzlichen Exchange-Server „%1“ (setzen Sie zuerst seine Einstellungen exchangeServers/%1/...)</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="82"/>
        <source>secret set reads the value from standard input; do not combine it with --password-stdin</source>
        <translation>secret set liest den Wert von der Standardeingabe; kombinieren Sie es nicht mit --password-stdin</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="93"/>
        <source>no value on standard input for %1</source>
        <translation>kein Wert auf der Standardeingabe für %1</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="97"/>
        <source>the value for %1 has more than one line</source>
        <translation>der Wert für %1 hat mehr als eine Zeile</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="101"/>
        <source>the value for %1 is longer than %2 bytes</source>
        <translation>der Wert für %1 ist länger als %2 Byte</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="109"/>
        <source>the value for %1 is not valid UTF-8</source>
        <translation>der Wert für %1 ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="122"/>
        <source>%1 was not stored: %2. Headless runs can use %3 or a --secrets-file instead.</source>
        <translation>%1 wurde nicht gespeichert: %2. Läufe ohne Oberfläche können stattdessen %3 oder eine --secrets-file verwenden.</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="126"/>
        <source>%1 stored in the %2</source>
        <translation>%1 im %2 gespeichert</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="135"/>
        <source>usage: cxsync secret status</source>
        <translation>Aufruf: cxsync secret status</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="184"/>
        <source>in the %1</source>
        <translation>im %1</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="186"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="188"/>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::SecretsFile</name>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="73"/>
        <location filename="../core/config/SecretsFile.cpp" line="126"/>
        <source>secrets file &apos;%1&apos; does not exist.</source>
        <translation>die Geheimnisdatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="101"/>
        <source>secrets file &apos;%1&apos; may be read by other users; run: chmod 600 &apos;%1&apos;</source>
        <translation>die Geheimnisdatei „%1“ kann von anderen Benutzern gelesen werden; führen Sie aus: chmod 600 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="76"/>
        <location filename="../core/config/SecretsFile.cpp" line="112"/>
        <location filename="../core/config/SecretsFile.cpp" line="139"/>
        <source>cannot read secrets file &apos;%1&apos;: %2</source>
        <translation>die Geheimnisdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="32"/>
        <source>secrets file &apos;%1&apos; is larger than %2; a secrets file holds a few short name=value lines.</source>
        <translation>die Geheimnisdatei „%1“ ist größer als %2; eine Geheimnisdatei enthält wenige kurze Zeilen name=wert.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="82"/>
        <source>cannot read secrets file &apos;%1&apos;.</source>
        <translation>die Geheimnisdatei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="86"/>
        <location filename="../core/config/SecretsFile.cpp" line="130"/>
        <source>secrets file &apos;%1&apos; is not a regular file (a FIFO, device, socket or folder); give a file of name=value lines, mode 0600.</source>
        <translation>die Geheimnisdatei „%1“ ist keine reguläre Datei (ein FIFO, Gerät, Socket oder Ordner); geben Sie eine Datei mit Zeilen name=wert an, Modus 0600.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="93"/>
        <source>secrets file &apos;%1&apos; is owned by user %2; it must be owned by the user running cxsync (%3) or by root: run chown.</source>
        <translation>die Geheimnisdatei „%1“ gehört Benutzer %2; sie muss dem Benutzer gehören, der cxsync ausführt (%3), oder root: Führen Sie chown aus.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="152"/>
        <source>%1 is larger than %2; secrets are a few short name=value lines.</source>
        <translation>%1 ist größer als %2; Geheimnisse sind wenige kurze Zeilen name=wert.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="166"/>
        <source>%1 line %2: expected name=value.</source>
        <translation>%1 Zeile %2: name=value erwartet.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="174"/>
        <source>%1 line %2: secrets of additional Exchange servers (&apos;%3@%4&apos;) are not accepted here.</source>
        <translation>%1 Zeile %2: Geheimnisse zusätzlicher Exchange-Server (&apos;%3@%4&apos;) werden hier nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="181"/>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="187"/>
        <source>%1 line %2: unknown secret &apos;%3&apos;.</source>
        <translation>%1 Zeile %2: unbekanntes Geheimnis „%3“.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="192"/>
        <source>%1 line %2: %3 is already given on line %4; give each secret once.</source>
        <translation>%1 Zeile %2: %3 steht bereits in Zeile %4; geben Sie jedes Geheimnis nur einmal an.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="202"/>
        <source>%1 line %2: there is no additional Exchange server &apos;%3&apos; in this profile; remove the line or add the server (exchangeServers/%3/...).</source>
        <translation>%1 Zeile %2: in diesem Profil gibt es keinen zusätzlichen Exchange-Server „%3“; entfernen Sie die Zeile oder fügen Sie den Server hinzu (exchangeServers/%3/...).</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="212"/>
        <source>%1 line %2: the value of %3 is longer than %4 bytes.</source>
        <translation>%1 Zeile %2: der Wert von %3 ist länger als %4 Byte.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="223"/>
        <source>%1 line %2: the value of %3 is not valid UTF-8.</source>
        <translation>%1 Zeile %2: der Wert von %3 ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="249"/>
        <source>cannot write secrets file &apos;%1&apos;: %2</source>
        <translation>die Geheimnisdatei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="267"/>
        <source>the value is longer than %1 bytes.</source>
        <translation>der Wert ist länger als %1 Byte.</translation>
    </message>
</context>
<context>
    <name>cxsync::ServeCommand</name>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="74"/>
        <source>Stopping: finishing the write under way...</source>
        <translation>Wird beendet: der laufende Schreibvorgang wird abgeschlossen...</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="80"/>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="137"/>
        <source>Sync of %1: %2</source>
        <translation>Synchronisierung von %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="164"/>
        <source>error e-mail is off: %1</source>
        <translation>Fehler-E-Mail ist deaktiviert: %1</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="167"/>
        <source>Error e-mail not sent (tried again at the next interval): %1</source>
        <translation>Fehler-E-Mail nicht gesendet (wird im nächsten Intervall erneut versucht): %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ServeCommand.cpp" line="170"/>
        <source>Error e-mail sent: %n new failure(s).</source>
        <translation>
            <numerusform>Fehler-E-Mail gesendet: %n neuer Fehler.</numerusform>
            <numerusform>Fehler-E-Mail gesendet: %n neue Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="182"/>
        <source>the service: notification listener, subscriptions (renewed), a sync of
a mailbox on each notification and of everything every poll interval;
stops cleanly on SIGTERM / Ctrl+C</source>
        <translation>der Dienst: Benachrichtigungsempfänger, Abonnements (erneuert), ein Sync
eines Postfachs bei jeder Benachrichtigung und von allem in jedem
Abfrageintervall; beendet sich sauber bei SIGTERM / Strg+C</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="192"/>
        <source>usage: cxsync serve</source>
        <translation>Aufruf: cxsync serve</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="149"/>
        <source>Service running; stop with Ctrl+C or SIGTERM.</source>
        <translation>Dienst läuft; beenden mit Strg+C oder SIGTERM.</translation>
    </message>
</context>
<context>
    <name>cxsync::ServiceCommand</name>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="136"/>
        <source>The service stopped with exit code %1 (2: invalid settings, see `cxsync config validate`; 1: the operation failed, see %2).</source>
        <translation>Der Dienst wurde mit Exit-Code %1 beendet (2: ungültige Einstellungen, siehe `cxsync config validate`; 1: der Vorgang ist fehlgeschlagen, siehe %2).</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="139"/>
        <source>the log file</source>
        <translation>die Protokolldatei</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="152"/>
        <source>&apos;cxsync service run&apos; is started by the Service Control Manager (services.msc, &apos;sc start cxsync&apos;); in a console use &apos;cxsync serve&apos;.</source>
        <translation>„cxsync service run“ wird vom Dienststeuerungs-Manager gestartet (services.msc, „sc start cxsync“); in einer Konsole verwenden Sie „cxsync serve“.</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="157"/>
        <source>cannot connect to the Service Control Manager: %1</source>
        <translation>keine Verbindung zum Dienststeuerungs-Manager: %1</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="217"/>
        <source>installing or removing the service needs an elevated prompt (Run as administrator).</source>
        <translation>das Installieren oder Entfernen des Dienstes erfordert eine erhöhte Eingabeaufforderung (Als Administrator ausführen).</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="220"/>
        <source>the service cxsync is already installed; &apos;cxsync service uninstall&apos; removes it.</source>
        <translation>der Dienst cxsync ist bereits installiert; „cxsync service uninstall“ entfernt ihn.</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="223"/>
        <source>the service cxsync is not installed.</source>
        <translation>der Dienst cxsync ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="236"/>
        <source>Windows only: cxsync serve as the Windows service cxsync. Subcommands:
run (for the Service Control Manager), install [--config FILE]
[--secrets-file FILE], configure (delayed start and recovery, as install
sets them), uninstall. On Linux the systemd unit cxsync.service does this.</source>
        <translation>Nur Windows: cxsync serve als Windows-Dienst cxsync. Unterbefehle:
run (für den Dienststeuerungs-Manager), install [--config FILE]
[--secrets-file FILE], configure (verzögerter Start und Wiederherstellung, wie
install sie setzt), uninstall. Unter Linux übernimmt das die systemd-Unit cxsync.service.</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="250"/>
        <source>&apos;cxsync service&apos; is for Windows only; on Linux the systemd unit cxsync.service runs cxsync serve (systemctl enable --now cxsync).</source>
        <translation>„cxsync service“ gibt es nur unter Windows; unter Linux führt die systemd-Unit cxsync.service cxsync serve aus (systemctl enable --now cxsync).</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="253"/>
        <source>usage: cxsync service run|install|configure|uninstall</source>
        <translation>Aufruf: cxsync service run|install|configure|uninstall</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="276"/>
        <source>Synchronizes CRM appointments with Exchange calendars: notifications, retries and the error e-mail (cxsync serve).</source>
        <translation>Synchronisiert CRM-Termine mit Exchange-Kalendern: Benachrichtigungen, Wiederholungen und die Fehlermail (cxsync serve).</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="291"/>
        <source>Installed the service cxsync (account NT SERVICE\cxsync, delayed automatic start): %1</source>
        <translation>Dienst cxsync installiert (Konto NT SERVICE\cxsync, verzögerter automatischer Start): %1</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="295"/>
        <source>Start it with &apos;sc start cxsync&apos; or in services.msc.</source>
        <translation>Starten Sie ihn mit „sc start cxsync“ oder in services.msc.</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="304"/>
        <source>The service cxsync starts delayed and restarts after failures.</source>
        <translation>Der Dienst cxsync startet verzögert und startet nach Fehlern neu.</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="313"/>
        <source>Removed the service cxsync; its settings and data are kept.</source>
        <translation>Dienst cxsync entfernt; seine Einstellungen und Daten bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>cxsync::ServiceControl</name>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="71"/>
        <location filename="../core/service/ServiceControl.cpp" line="292"/>
        <source>The service was started.</source>
        <translation>Der Dienst wurde gestartet.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="74"/>
        <location filename="../core/service/ServiceControl.cpp" line="291"/>
        <source>The service was stopped.</source>
        <translation>Der Dienst wurde beendet.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="77"/>
        <location filename="../core/service/ServiceControl.cpp" line="293"/>
        <source>The service was restarted.</source>
        <translation>Der Dienst wurde neu gestartet.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="87"/>
        <source>systemd does not run on this machine (a container or a system without systemd), so the service cannot be controlled from here. Run &apos;cxsync serve&apos; under the supervisor this machine uses.</source>
        <translation>systemd läuft auf diesem Rechner nicht (ein Container oder ein System ohne systemd), daher kann der Dienst nicht von hier gesteuert werden. Führen Sie „cxsync serve“ unter dem Supervisor aus, den dieser Rechner verwendet.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="92"/>
        <source>The service %1 is not installed on this machine: install the cxsync package (it brings the unit), then try again.</source>
        <translation>Der Dienst %1 ist auf diesem Rechner nicht installiert: Installieren Sie das Paket cxsync (es bringt die Unit mit) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="98"/>
        <source>You may not control system services as this user. Run &apos;%1&apos; in a terminal, or start the panel as an administrator.</source>
        <translation>Dieser Benutzer darf keine Systemdienste steuern. Führen Sie „%1“ in einem Terminal aus oder starten Sie das Panel als Administrator.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="105"/>
        <source>The service did not start (systemctl exit code %1). Its last log lines below say why.</source>
        <translation>Der Dienst ist nicht gestartet (systemctl-Exit-Code %1). Die letzten Protokollzeilen unten nennen den Grund.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="110"/>
        <source>The service did not stop (systemctl exit code %1).</source>
        <translation>Der Dienst wurde nicht beendet (systemctl-Exit-Code %1).</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="113"/>
        <source>The service did not restart (systemctl exit code %1). Its last log lines below say why.</source>
        <translation>Der Dienst wurde nicht neu gestartet (systemctl-Exit-Code %1). Die letzten Protokollzeilen unten nennen den Grund.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="174"/>
        <location filename="../core/service/ServiceControl.cpp" line="320"/>
        <source>Another service operation is still under way.</source>
        <translation>Ein anderer Dienstvorgang läuft noch.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="185"/>
        <source>&apos;%1&apos; cannot be run here, so the service cannot be controlled from the panel.</source>
        <translation>„%1“ kann hier nicht ausgeführt werden, daher kann der Dienst nicht vom Panel aus gesteuert werden.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="192"/>
        <source>Stopped waiting. systemd may still complete the %1 it was asked for; Refresh shows the state.</source>
        <translation>Warten beendet. systemd kann den angeforderten Vorgang (%1) noch abschließen; Aktualisieren zeigt den Zustand.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="213"/>
        <source>&apos;systemctl&apos; cannot be run here, so the service&apos;s state is not known.</source>
        <translation>„systemctl“ kann hier nicht ausgeführt werden, daher ist der Zustand des Dienstes unbekannt.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="226"/>
        <source>systemctl gave no LoadState for %1.</source>
        <translation>systemctl hat keinen LoadState für %1 geliefert.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="250"/>
        <source>&apos;%1&apos; cannot be run here, so the service&apos;s log cannot be shown.</source>
        <translation>„%1“ kann hier nicht ausgeführt werden, daher kann das Protokoll des Dienstes nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="255"/>
        <source>The system journal cannot be read: %1</source>
        <translation>Das Systemjournal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="265"/>
        <source>This machine has no system journal (systemd&apos;s journal does not run here), so there are no service log lines to show.</source>
        <translation>Dieser Rechner hat kein Systemjournal (das Journal von systemd läuft hier nicht), daher gibt es keine Protokollzeilen des Dienstes anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="271"/>
        <source>This user may not read the service&apos;s log lines: members of the groups &apos;adm&apos; or &apos;systemd-journal&apos; may (&apos;journalctl -u %1&apos; as root shows them).</source>
        <translation>Dieser Benutzer darf die Protokollzeilen des Dienstes nicht lesen: Mitglieder der Gruppen „adm“ oder „systemd-journal“ dürfen es („journalctl -u %1“ als root zeigt sie).</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="297"/>
        <source>You may not control Windows services as this user. Start the panel as an administrator (Run as administrator), or use &apos;sc %1 cxsync&apos; in an elevated prompt.</source>
        <translation>Dieser Benutzer darf keine Windows-Dienste steuern. Starten Sie das Panel als Administrator (Als Administrator ausführen) oder verwenden Sie „sc %1 cxsync“ in einer erhöhten Eingabeaufforderung.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="304"/>
        <source>The service cxsync is not installed on this machine: run the installer (or &apos;cxsync service install&apos;), then try again.</source>
        <translation>Der Dienst cxsync ist auf diesem Rechner nicht installiert: Führen Sie das Installationsprogramm aus (oder „cxsync service install“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="309"/>
        <source>The Service Control Manager answered: %1</source>
        <translation>Der Dienststeuerungs-Manager hat geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="350"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="357"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="357"/>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="357"/>
        <source>changing state</source>
        <translation>Zustand wechselt</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="366"/>
        <source>The service&apos;s log %1 cannot be read: %2</source>
        <translation>Das Protokoll des Dienstes %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.h" line="36"/>
        <source>a service control outcome</source>
        <translation>ein Ergebnis der Dienststeuerung</translation>
    </message>
</context>
<context>
    <name>cxsync::ServicePage</name>
    <message>
        <location filename="../ui/ServicePage.cpp" line="52"/>
        <source>Service (cxsync serve)</source>
        <translation>Dienst (cxsync serve)</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="65"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="66"/>
        <source>Listening</source>
        <translation>Listener</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="67"/>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="70"/>
        <source>Service Manager</source>
        <translation>Dienstverwaltung</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="78"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="80"/>
        <source>S&amp;top...</source>
        <translation>&amp;Beenden...</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="82"/>
        <source>R&amp;estart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="84"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="104"/>
        <source>The service&apos;s last log lines appear here.</source>
        <translation>Hier erscheinen die letzten Protokollzeilen des Dienstes.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="105"/>
        <source>Last log lines</source>
        <translation>Letzte Protokollzeilen</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="109"/>
        <source>Change Subscriptions (Install Scripts)</source>
        <translation>Änderungsabonnements (Skripte installieren)</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="113"/>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="113"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="113"/>
        <source>Renewal due</source>
        <translation>Verlängerung fällig</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="113"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="113"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="128"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="141"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="167"/>
        <source>Stop the service? Until it runs again, changes are not synchronised, push notifications are not received and failed messages are not retried.</source>
        <translation>Dienst beenden? Bis er wieder läuft, werden Änderungen nicht synchronisiert, Push-Benachrichtigungen nicht empfangen und fehlgeschlagene Nachrichten nicht wiederholt.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="194"/>
        <source>Starting the service...</source>
        <translation>Dienst wird gestartet...</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="195"/>
        <source>Stopping the service...</source>
        <translation>Dienst wird beendet...</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="196"/>
        <source>Restarting the service...</source>
        <translation>Dienst wird neu gestartet...</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="203"/>
        <source>The service manager said: %1</source>
        <translation>Die Dienstverwaltung meldet: %1</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="221"/>
        <source>The service %1 is not installed on this machine.</source>
        <translation>Der Dienst %1 ist auf diesem Rechner nicht installiert.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="224"/>
        <source>Installed, starts with the machine; now %1.</source>
        <translation>Installiert, startet mit dem Rechner; jetzt %1.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="225"/>
        <source>Installed, does not start with the machine; now %1.</source>
        <translation>Installiert, startet nicht mit dem Rechner; jetzt %1.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="237"/>
        <source>The service has not logged anything yet.</source>
        <translation>Der Dienst hat noch nichts protokolliert.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="258"/>
        <source>Not running: the service has never run on this journal. Start it with &apos;cxsync serve&apos; (or its system service).</source>
        <translation>Nicht aktiv: Der Dienst ist auf diesem Journal noch nie gelaufen. Starten Sie ihn mit &apos;cxsync serve&apos; (oder über seinen Systemdienst).</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="264"/>
        <source>Running on %1 (process %2) since %3; last heartbeat %4 ago.</source>
        <translation>Läuft auf %1 (Prozess %2) seit %3; letzter Heartbeat vor %4.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="271"/>
        <source>Not running: stopped on %1 at %2.</source>
        <translation>Nicht aktiv: auf %1 um %2 beendet.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="277"/>
        <source>Not running: the last heartbeat from %1 (process %2) was %3 ago, more than twice the poll interval (%4). It did not stop cleanly: it crashed, was killed or hangs.</source>
        <translation>Nicht aktiv: Der letzte Heartbeat von %1 (Prozess %2) liegt %3 zurück, mehr als das Doppelte des Abfrageintervalls (%4). Der Dienst wurde nicht ordnungsgemäß beendet: Er ist abgestürzt, wurde zwangsweise beendet oder hängt.</translation>
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
        <translation>Nicht empfangsbereit: Push ist nicht konfiguriert, Änderungen werden durch Abfragen alle %1 erkannt.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="297"/>
        <source>%1 (public URL: %2)</source>
        <translation>%1 (öffentliche URL: %2)</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="299"/>
        <source>None yet.</source>
        <translation>Noch keiner.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="301"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="310"/>
        <source>No change subscriptions: Install Scripts (Actions) creates them.</source>
        <translation>Keine Änderungsabonnements: Skripte installieren (Aktionen) legt sie an.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="317"/>
        <source>The journal cannot be read: %1</source>
        <translation>Das Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="361"/>
        <source>No change subscriptions: Install Scripts (Actions) creates them; until then changes are found by polling.</source>
        <translation>Keine Änderungsabonnements: Skripte installieren (Aktionen) legt sie an; bis dahin werden Änderungen durch Abfragen erkannt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ServicePage.cpp" line="364"/>
        <source>%n subscription(s): %1 healthy, %2 expiring, %3 failed.</source>
        <translation>
            <numerusform>%n Abonnement: %1 intakt, %2 ablaufend, %3 fehlgeschlagen.</numerusform>
            <numerusform>%n Abonnements: %1 intakt, %2 ablaufend, %3 fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxsync::ServiceState</name>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="34"/>
        <source>The journal could not record the service&apos;s %1: %2</source>
        <translation>Das Journal konnte den Dienstzustand (%1) nicht aufzeichnen: %2</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="67"/>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="72"/>
        <source>%1: %2 change(s) written, %3 failed, %4 ms</source>
        <translation>%1: %2 Änderung(en) geschrieben, %3 fehlgeschlagen, %4 ms</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="78"/>
        <source> (stopped early)</source>
        <translation> (vorzeitig beendet)</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="108"/>
        <source>The journal could not read the service&apos;s heartbeat: %1</source>
        <translation>Das Journal konnte den Heartbeat des Dienstes nicht lesen: %1</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.h" line="50"/>
        <source>a service state</source>
        <translation>ein Dienststatus</translation>
    </message>
</context>
<context>
    <name>cxsync::Settings</name>
    <message>
        <location filename="../core/config/Settings.cpp" line="80"/>
        <source>--config &apos;%1&apos; is a folder, not a settings file.</source>
        <translation>--config „%1“ ist ein Ordner, keine Einstellungsdatei.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="85"/>
        <source>the settings file &apos;%1&apos; cannot be read by this user; for the service it must be readable by the account cxsync (mode 0644 in /etc/cxsync).</source>
        <translation>die Einstellungsdatei „%1“ kann von diesem Benutzer nicht gelesen werden; für den Dienst muss sie für das Konto cxsync lesbar sein (Modus 0644 in /etc/cxsync).</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="93"/>
        <source>the settings file &apos;%1&apos; is not a valid INI file.</source>
        <translation>die Einstellungsdatei „%1“ ist keine gültige INI-Datei.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="189"/>
        <source>there is no additional Exchange server &apos;%1&apos;.</source>
        <translation>es gibt keinen zusätzlichen Exchange-Server &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="210"/>
        <source>Exchange server %1 is %2, the primary Exchange server: each server or tenant may be configured once.</source>
        <translation>Exchange-Server %1 ist %2, der primäre Exchange-Server: jeder Server bzw. Mandant darf nur einmal konfiguriert sein.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="213"/>
        <source>Exchange servers %1 and %2 are both %3: each server or tenant may be configured once.</source>
        <translation>Die Exchange-Server %1 und %2 sind beide %3: jeder Server bzw. Mandant darf nur einmal konfiguriert sein.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="259"/>
        <source>unknown setting &apos;%1&apos; in %2 (misspelled?).</source>
        <translation>unbekannte Einstellung „%1“ in %2 (Tippfehler?).</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="262"/>
        <source>unknown setting &apos;%1&apos; in the policy %2 (misspelled?).</source>
        <translation>unbekannte Einstellung „%1“ in der Richtlinie %2 (Tippfehler?).</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="271"/>
        <source>&apos;%1&apos; is managed by the program and cannot be set.</source>
        <translation>„%1“ wird vom Programm verwaltet und kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="276"/>
        <source>unknown setting &apos;%1&apos;; `cxsync config show` lists them.</source>
        <translation>unbekannte Einstellung „%1“; `cxsync config show` listet alle Einstellungen auf.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="279"/>
        <source>&apos;%1&apos; is managed by policy (%2) and cannot be changed here; its value comes from the policy.</source>
        <translation>„%1“ wird durch eine Richtlinie verwaltet (%2) und kann hier nicht geändert werden; ihr Wert kommt aus der Richtlinie.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="318"/>
        <source>the primary Exchange server is %1, which additional Exchange server %2 already is: each server or tenant may be configured once.</source>
        <translation>der primäre Exchange-Server ist %1, was der zusätzliche Exchange-Server %2 bereits ist: jeder Server bzw. Mandant darf nur einmal konfiguriert sein.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="290"/>
        <location filename="../core/config/Settings.cpp" line="354"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="369"/>
        <source>cannot write settings to &apos;%1&apos; (check the folder exists and is writable).</source>
        <translation>die Einstellungen können nicht nach „%1“ geschrieben werden (prüfen Sie, ob der Ordner existiert und beschreibbar ist).</translation>
    </message>
</context>
<context>
    <name>cxsync::SettingsSchema</name>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="98"/>
        <source>Which Server Are You On</source>
        <translation>Auf welchem Server befinden Sie sich</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="99"/>
        <source>CRM Server</source>
        <translation>CRM-Server</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="100"/>
        <source>CRM Path</source>
        <translation>CRM-Pfad</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="102"/>
        <source>CRM User For Synchronization</source>
        <translation>CRM-Benutzer für die Synchronisierung</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="103"/>
        <source>CRM REST URL</source>
        <translation>CRM-REST-URL</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="105"/>
        <source>Exchange Kind</source>
        <translation>Exchange-Typ</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="107"/>
        <source>Primary Exchange Server</source>
        <translation>Primärer Exchange-Server</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="109"/>
        <source>Exchange Account</source>
        <translation>Exchange-Konto</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="111"/>
        <source>CRM Server Time Zone</source>
        <translation>Zeitzone des CRM-Servers</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="113"/>
        <source>Email Address To Notify When An Error Occurs</source>
        <translation>E-Mail-Adresse für Fehlerbenachrichtigungen</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="115"/>
        <source>Failed Messages Store Path</source>
        <translation>Speicherpfad für fehlgeschlagene Nachrichten</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="117"/>
        <source>NT Domain\Account For Exchange Access</source>
        <translation>NT-Domäne\Konto für den Exchange-Zugriff</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="118"/>
        <source>Copy Reminders</source>
        <translation>Erinnerungen kopieren</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="119"/>
        <source>Diagnostic Mode</source>
        <translation>Diagnosemodus</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="126"/>
        <source>Logging Level</source>
        <translation>Protokollierungsstufe</translation>
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
        <translation>CRM-Benutzer anlegen</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="134"/>
        <source>Tenant (Directory) ID</source>
        <translation>Verzeichnis-ID (Mandant)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="136"/>
        <source>Application (Client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="138"/>
        <source>Client Credential</source>
        <translation>Client-Anmeldeinformationen</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="140"/>
        <source>Certificate File</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="142"/>
        <source>Sign-in Authority URL</source>
        <translation>URL der Anmeldeautorität</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="144"/>
        <source>Microsoft Graph URL</source>
        <translation>URL für Microsoft Graph</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="146"/>
        <source>EWS URL</source>
        <translation>EWS-URL</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="147"/>
        <source>Use Impersonation</source>
        <translation>Identitätswechsel verwenden</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="149"/>
        <source>Poll Interval (Seconds)</source>
        <translation>Abfrageintervall (Sekunden)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="151"/>
        <source>Sync Window: Past Days</source>
        <translation>Synchronisierungszeitraum: vergangene Tage</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="153"/>
        <source>Sync Window: Future Days</source>
        <translation>Synchronisierungszeitraum: künftige Tage</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="158"/>
        <source>Conflicts: Which Side Wins</source>
        <translation>Konflikte: Welche Seite gewinnt</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="160"/>
        <source>Safety Stop: Deletes Above (% of a Mailbox)</source>
        <translation>Sicherheitsstopp: Löschungen über (% eines Postfachs)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="166"/>
        <source>CRM Poll Interval (seconds)</source>
        <translation>CRM-Abfrageintervall (Sekunden)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="168"/>
        <source>Mailboxes Synchronized at Once</source>
        <translation>Gleichzeitig synchronisierte Postfächer</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="169"/>
        <source>SMTP Server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="170"/>
        <source>SMTP Port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="172"/>
        <source>SMTP Encryption</source>
        <translation>SMTP-Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="173"/>
        <source>SMTP Sender Address</source>
        <translation>SMTP-Absenderadresse</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="174"/>
        <source>SMTP User</source>
        <translation>SMTP-Benutzer</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="176"/>
        <source>Listener Bind Address</source>
        <translation>Bindungsadresse des Listeners</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="179"/>
        <source>Listener Port</source>
        <translation>Listener-Port</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="181"/>
        <source>Listener Public URL</source>
        <translation>Öffentliche URL des Listeners</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="185"/>
        <source>Listener TLS Certificate (PEM)</source>
        <translation>Listener-TLS-Zertifikat (PEM)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="187"/>
        <source>Listener TLS Private Key (PEM)</source>
        <translation>Privater TLS-Schlüssel des Listeners (PEM)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="188"/>
        <source>Data Directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="190"/>
        <source>Extra Trusted CA Certificates (PEM)</source>
        <translation>Zusätzliche vertrauenswürdige CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="192"/>
        <source>Pinned Server Certificate (SHA-256)</source>
        <translation>Festgelegtes Serverzertifikat (SHA-256)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="196"/>
        <source>Failed Messages: First Retry After (Seconds)</source>
        <translation>Fehlgeschlagene Nachrichten: erste Wiederholung nach (Sekunden)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="198"/>
        <source>Failed Messages: Longest Retry Interval (Seconds)</source>
        <translation>Fehlgeschlagene Nachrichten: längstes Wiederholungsintervall (Sekunden)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="200"/>
        <source>Failed Messages: Attempts Before Parking</source>
        <translation>Fehlgeschlagene Nachrichten: Versuche vor dem Zurückstellen</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="202"/>
        <source>Error E-mail: At Most One Every (Minutes)</source>
        <translation>Fehler-E-Mail: höchstens eine alle (Minuten)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="204"/>
        <source>Transaction Log: Keep (Days)</source>
        <translation>Transaktionsprotokoll: aufbewahren (Tage)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="205"/>
        <source>Canary CRM User</source>
        <translation>Canary-CRM-Benutzer</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="206"/>
        <source>Canary Mailbox</source>
        <translation>Canary-Postfach</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="208"/>
        <source>Canary: Every (Minutes)</source>
        <translation>Canary: alle (Minuten)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="210"/>
        <source>Canary: Late After (Seconds)</source>
        <translation>Canary: verspätet nach (Sekunden)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="212"/>
        <source>Out-of-Scope Mailbox (Least-Privilege Check)</source>
        <translation>Postfach außerhalb des Bereichs (Prüfung der minimalen Rechte)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="248"/>
        <source>the value is %1 characters long; at most %2 are allowed.</source>
        <translation>der Wert ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="258"/>
        <source>the part before @ is %1 characters long; at most 64 are allowed.</source>
        <translation>der Teil vor @ ist %1 Zeichen lang; höchstens 64 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="278"/>
        <source>the value is not valid UTF-8 text (it contains U+FFFD, which stands for bytes that were not UTF-8); type it again.</source>
        <translation>der Wert ist kein gültiger UTF-8-Text (er enthält U+FFFD, das für Bytes steht, die kein UTF-8 waren); geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="283"/>
        <source>the value contains control characters (U+%1), such as a line break or a tab.</source>
        <translation>der Wert enthält Steuerzeichen (U+%1), etwa einen Zeilenumbruch oder einen Tabulator.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="292"/>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>„%1“ ist keiner der Werte: %2.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="303"/>
        <source>&apos;%1&apos; is not a host name (letters, digits, dots and hyphens, optionally :port).</source>
        <translation>„%1“ ist kein Hostname (Buchstaben, Ziffern, Punkte und Bindestriche, optional :Port).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="309"/>
        <source>port %1 is out of range (1 to 65535).</source>
        <translation>Port %1 liegt außerhalb des zulässigen Bereichs (1 bis 65535).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="316"/>
        <source>&apos;%1&apos; is not an install name: type the name only, such as CRM, without slashes or spaces.</source>
        <translation>„%1“ ist kein Installationsname: Geben Sie nur den Namen ein, z. B. CRM, ohne Schrägstriche oder Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="321"/>
        <source>the logon id has leading or trailing spaces or control characters.</source>
        <translation>die Anmelde-ID enthält führende oder nachgestellte Leerzeichen oder Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="325"/>
        <source>&apos;%1&apos; is neither a mailbox alias nor an e-mail address.</source>
        <translation>„%1“ ist weder ein Postfachalias noch eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="331"/>
        <source>&apos;%1&apos; is not an e-mail address (name@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="338"/>
        <source>&apos;%1&apos; is not an http(s) URL with a host.</source>
        <translation>„%1“ ist keine http(s)-URL mit Host.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="340"/>
        <source>&apos;%1&apos; must use https; plain http is accepted only for 127.0.0.1 and localhost.</source>
        <translation>„%1“ muss https verwenden; unverschlüsseltes http wird nur für 127.0.0.1 und localhost akzeptiert.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="353"/>
        <location filename="../core/config/SettingsSchema.cpp" line="357"/>
        <source>&apos;%1&apos; is not an absolute path.</source>
        <translation>„%1“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="360"/>
        <source>file &apos;%1&apos; does not exist.</source>
        <translation>die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="362"/>
        <source>&apos;%1&apos; is not a readable file.</source>
        <translation>„%1“ ist keine lesbare Datei.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="367"/>
        <source>&apos;%1&apos; is not of the form DOMAIN\account or account@domain.</source>
        <translation>„%1“ hat nicht die Form DOMÄNE\Konto oder Konto@Domäne.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="371"/>
        <source>&apos;%1&apos; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</source>
        <translation>„%1“ ist keine GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="375"/>
        <source>&apos;%1&apos; is neither a tenant GUID nor a domain such as contoso.onmicrosoft.com.</source>
        <translation>„%1“ ist weder eine Mandanten-GUID noch eine Domäne wie contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="383"/>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed).</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern, Doppelpunkte erlaubt).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="389"/>
        <source>&apos;%1&apos; is not an IP address (such as 127.0.0.1, 0.0.0.0 or ::).</source>
        <translation>„%1“ ist keine IP-Adresse (z. B. 127.0.0.1, 0.0.0.0 oder ::).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="420"/>
        <source>%1 (Exchange server %2)</source>
        <translation>%1 (Exchange-Server %2)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="457"/>
        <source>&apos;%1&apos; is not a server name: use 1 to 32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>&apos;%1&apos; ist kein Servername: verwenden Sie 1 bis 32 Buchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="465"/>
        <source>unknown setting &apos;%1&apos;.</source>
        <translation>unbekannte Einstellung „%1“.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="480"/>
        <source>%1: &apos;%2&apos; is not true or false.</source>
        <translation>%1: „%2“ ist weder true noch false.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="488"/>
        <source>%1: &apos;%2&apos; is not a whole number.</source>
        <translation>%1: „%2“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="495"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="504"/>
        <source>expected true or false.</source>
        <translation>true oder false erwartet.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="508"/>
        <source>expected a whole number.</source>
        <translation>ganze Zahl erwartet.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="511"/>
        <source>%1 is out of range (%2 to %3).</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs (%2 bis %3).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="516"/>
        <source>expected text.</source>
        <translation>Text erwartet.</translation>
    </message>
</context>
<context>
    <name>cxsync::SettingsValidator</name>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="76"/>
        <location filename="../core/config/SettingsValidator.cpp" line="117"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="28"/>
        <location filename="../core/config/SettingsValidator.cpp" line="118"/>
        <source>%1 is required %2.</source>
        <translation>%1 ist %2 erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="124"/>
        <source>unknown setting &apos;%1&apos;.</source>
        <translation>unbekannte Einstellung „%1“.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="65"/>
        <location filename="../core/config/SettingsValidator.cpp" line="98"/>
        <location filename="../core/config/SettingsValidator.cpp" line="128"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="132"/>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="147"/>
        <source>on the Exchange server</source>
        <translation>auf dem Exchange-Server</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="149"/>
        <source>Create CRM Users can only be selected on the CRM server.</source>
        <translation>„CRM-Benutzer anlegen“ kann nur auf dem CRM-Server ausgewählt werden.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="37"/>
        <location filename="../core/config/SettingsValidator.cpp" line="38"/>
        <source>for Exchange Online</source>
        <translation>für Exchange Online</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="33"/>
        <source>%1 must be a mailbox the application should not reach, not the Exchange Account.</source>
        <translation>%1 muss ein Postfach sein, das die Anwendung nicht erreichen soll, nicht das Exchange-Konto.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="40"/>
        <source>when the client credential is a certificate</source>
        <translation>bei einem Zertifikat als Client-Anmeldeinformationen</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="43"/>
        <source>Exchange Account must be the mailbox&apos;s e-mail address (user principal name) for Exchange Online.</source>
        <translation>Für Exchange Online muss „Exchange-Konto“ die E-Mail-Adresse des Postfachs (Benutzerprinzipalname) sein.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="48"/>
        <source>Primary Exchange Server (or an EWS URL) is required for on-premises Exchange.</source>
        <translation>Für lokales Exchange ist „Primärer Exchange-Server“ (oder eine EWS-URL) erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="49"/>
        <source>for on-premises Exchange</source>
        <translation>für lokales Exchange</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="70"/>
        <source>unknown setting &apos;%1&apos; for an Exchange server.</source>
        <translation>unbekannte Einstellung &apos;%1&apos; für einen Exchange-Server.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="87"/>
        <source>%1 &apos;%2&apos; is a folder: give a file name, such as %2/journal.sqlite.</source>
        <translation>%1 „%2“ ist ein Ordner: Geben Sie einen Dateinamen an, z. B. %2/journal.sqlite.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="90"/>
        <source>%1 &apos;%2&apos;: the folder &apos;%3&apos; does not exist; create it first (for the service: owned by its account, mode 0700).</source>
        <translation>%1 „%2“: der Ordner „%3“ existiert nicht; legen Sie ihn zuerst an (für den Dienst: im Besitz seines Kontos, Modus 0700).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="166"/>
        <source>SMTP Sender Address is required when an SMTP server is set.</source>
        <translation>„SMTP-Absenderadresse“ ist erforderlich, wenn ein SMTP-Server festgelegt ist.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="168"/>
        <source>SMTP Server is required when an SMTP user is set.</source>
        <translation>„SMTP-Server“ ist erforderlich, wenn ein SMTP-Benutzer festgelegt ist.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="172"/>
        <source>%1 and %2 go together: set both (a linked pair) or neither.</source>
        <translation>%1 und %2 gehören zusammen: setzen Sie beide (ein verknüpftes Paar) oder keines.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="177"/>
        <source>%1 must be shorter than %2: a canary not seen by the next round is lost.</source>
        <translation>%1 muss kürzer sein als %2: Ein Canary, den die nächste Runde nicht sieht, ist verloren.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="181"/>
        <source>%1 must not be shorter than %2.</source>
        <translation>%1 darf nicht kürzer als %2 sein.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="188"/>
        <source>NT Account Password and Re-enter Password do not match.</source>
        <translation>„NT-Kontokennwort“ und „Kennwort erneut eingeben“ stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="191"/>
        <source>the %1 must not contain line breaks.</source>
        <translation>das %1 darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="193"/>
        <source>the %1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::StatusCommand</name>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="68"/>
        <source>--period: &apos;%1&apos; is not 24h or 7d</source>
        <translation>--period: „%1“ ist weder 24h noch 7d</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="72"/>
        <source>No journal at %1: nothing has been synchronized with this profile yet.</source>
        <translation>Kein Journal unter %1: mit diesem Profil wurde noch nichts synchronisiert.</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="91"/>
        <source>Health: %1 (the last %2, until %3)</source>
        <translation>Zustand: %1 (die letzten %2, bis %3)</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="92"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="92"/>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="100"/>
        <source>running on %1 (process %2), last heartbeat %3</source>
        <translation>läuft auf %1 (Prozess %2), letztes Lebenszeichen %3</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="106"/>
        <source>stopped at %1</source>
        <translation>beendet um %1</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="109"/>
        <source>not responding since %1</source>
        <translation>reagiert nicht seit %1</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="112"/>
        <source>never started on this journal</source>
        <translation>auf diesem Journal nie gestartet</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="115"/>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="119"/>
        <source>Writes: %1 CRM → Exchange, %2 Exchange → CRM; %3 conflict(s); %4 failure(s)%5</source>
        <translation>Schreibvorgänge: %1 CRM → Exchange, %2 Exchange → CRM; %3 Konflikt(e); %4 Fehler%5</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="127"/>
        <source>Latency: CRM → Exchange p50 %1, p99 %2 (%3 writes); Exchange → CRM p50 %4, p99 %5 (%6 notifications)</source>
        <translation>Latenz: CRM → Exchange p50 %1, p99 %2 (%3 Schreibvorgänge); Exchange → CRM p50 %4, p99 %5 (%6 Benachrichtigungen)</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="135"/>
        <source>No linked mailboxes.</source>
        <translation>Keine verknüpften Postfächer.</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="139"/>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="139"/>
        <source>MAILBOX</source>
        <translation>POSTFACH</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="139"/>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="140"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="140"/>
        <source>LAST SYNC</source>
        <translation>LETZTE SYNC.</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="140"/>
        <source>SUBSCRIPTION</source>
        <translation>ABONNEMENT</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="141"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="141"/>
        <source>CANARY</source>
        <translation>CANARY</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="141"/>
        <source>LAST ERROR</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="147"/>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="163"/>
        <source>the health summary (red / amber / green with the reasons) and each mailbox&apos;s health, from the journal;
exit code 0 green, 3 amber, 1 red or no journal, 2 usage</source>
        <translation>die Zustandsübersicht (rot / gelb / grün mit Gründen) und der Zustand jedes Postfachs, aus dem Journal;
Exit-Code 0 grün, 3 gelb, 1 rot oder kein Journal, 2 Aufruffehler</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="169"/>
        <source>Only this mailbox (CRM logon, mailbox address or Exchange user id).</source>
        <translation>Nur dieses Postfach (CRM-Anmeldung, Postfachadresse oder Exchange-Benutzer-ID).</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="171"/>
        <source>The series&apos; period: 24h (default) or 7d.</source>
        <translation>Der Zeitraum der Reihen: 24h (Standard) oder 7d.</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="181"/>
        <source>status takes no arguments: %1</source>
        <translation>status nimmt keine Argumente an: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::SubscriptionAssessment</name>
    <message>
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="10"/>
        <source>Graph reported it failed</source>
        <translation>Von Graph als fehlgeschlagen gemeldet</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="15"/>
        <source>expired; polling covers the mailbox until it is recreated</source>
        <translation>abgelaufen; bis zur Neuanlage deckt die Abfrage das Postfach ab</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="29"/>
        <source>expires in %n minute(s) and has not been renewed</source>
        <translation>
            <numerusform>läuft in %n Minute ab und wurde nicht verlängert</numerusform>
            <numerusform>läuft in %n Minuten ab und wurde nicht verlängert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="51"/>
        <source>Healthy</source>
        <translation>Intakt</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="53"/>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="55"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>cxsync::SubscriptionManager</name>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="45"/>
        <source>mailbox %1 has no Exchange connection (on-premises Exchange through EWS is not available yet): it cannot have a change subscription</source>
        <translation>Postfach %1 hat keine Exchange-Verbindung (lokales Exchange über EWS ist noch nicht verfügbar): Es kann kein Änderungsabonnement haben</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="68"/>
        <source>The journal could not read subscriptions: %1</source>
        <translation>Das Journal konnte die Abonnements nicht lesen: %1</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="83"/>
        <source>The journal could not read subscription %1: %2</source>
        <translation>Das Journal konnte das Abonnement %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="140"/>
        <source>The journal could not store subscription %1: %2</source>
        <translation>Das Journal konnte das Abonnement %1 nicht speichern: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="155"/>
        <source>The journal could not keep where subscription %1 stands: %2</source>
        <translation>Das Journal konnte den Stand des Abonnements %1 nicht speichern: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="168"/>
        <source>The journal could not update subscription %1.</source>
        <translation>Das Journal konnte das Abonnement %1 nicht aktualisieren.</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="419"/>
        <source>removed by the Exchange server</source>
        <translation>vom Exchange-Server entfernt</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="410"/>
        <source>No subscription &apos;%1&apos; is known.</source>
        <translation>Kein Abonnement „%1“ bekannt.</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.h" line="36"/>
        <source>a subscription state</source>
        <translation>ein Abonnementzustand</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.h" line="49"/>
        <source>a subscription action</source>
        <translation>eine Abonnementaktion</translation>
    </message>
</context>
<context>
    <name>cxsync::SyncCommand</name>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="65"/>
        <source>Stopping after the current write… (press Ctrl+C again to quit at once)</source>
        <translation>Wird nach dem aktuellen Schreibvorgang beendet… (drücken Sie erneut Strg+C, um sofort zu beenden)</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="77"/>
        <source>Interrupted by %1 before the run started; nothing was written.</source>
        <translation>Durch %1 unterbrochen, bevor der Lauf begann; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="109"/>
        <source>Interrupted by %1 before the sync run started.</source>
        <translation>Durch %1 unterbrochen, bevor der Synchronisierungslauf begann.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="125"/>
        <source>%1: this run would delete %2 of %3 synchronized items (more than %4 %).</source>
        <translation>%1: Dieser Durchlauf würde %2 von %3 synchronisierten Elementen löschen (mehr als %4 %).</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="130"/>
        <source>Going ahead (--yes).</source>
        <translation>Es wird fortgefahren (--yes).</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="130"/>
        <source>Declined: run again with --yes to delete.</source>
        <translation>Abgelehnt: Führen Sie den Befehl mit --yes erneut aus, um zu löschen.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="157"/>
        <source>Next run in %1 s (Ctrl+C to stop).</source>
        <translation>Nächster Durchlauf in %1 s (Strg+C zum Beenden).</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="161"/>
        <source>Calendar sync (dry run): nothing is written.</source>
        <translation>Kalendersynchronisierung (Probelauf): Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="161"/>
        <source>Calendar sync</source>
        <translation>Kalendersynchronisierung</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SyncCommand.cpp" line="171"/>
        <source>Planned for %n mailbox(es):</source>
        <translation>
            <numerusform>Geplant für %n Postfach:</numerusform>
            <numerusform>Geplant für %n Postfächer:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SyncCommand.cpp" line="173"/>
        <source>Done for %n mailbox(es) in %1 ms:</source>
        <translation>
            <numerusform>Fertig für %n Postfach in %1 ms:</numerusform>
            <numerusform>Fertig für %n Postfächer in %1 ms:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="174"/>
        <source>Exchange: %1 to create, %2 to update, %3 to delete</source>
        <translation>Exchange: %1 zu erstellen, %2 zu aktualisieren, %3 zu löschen</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="179"/>
        <source>CRM: %1 to create, %2 to update, %3 to delete</source>
        <translation>CRM: %1 zu erstellen, %2 zu aktualisieren, %3 zu löschen</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="184"/>
        <source>invitations: %1, cancellations: %2</source>
        <translation>Einladungen: %1, Absagen: %2</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="186"/>
        <source>replayed from an interrupted run: %1</source>
        <translation>aus einem unterbrochenen Durchlauf wiederholt: %1</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="188"/>
        <source>conflicts (both sides changed; see the transaction log): %1</source>
        <translation>Konflikte (beide Seiten geändert; siehe Transaktionsprotokoll): %1</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="190"/>
        <source>safety stop: %1 kept (%2 deletes not applied)</source>
        <translation>Sicherheitsstopp: %1 beibehalten (%2 Löschungen nicht angewendet)</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="192"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="194"/>
        <source>stopped before the end; the next run continues</source>
        <translation>vor dem Ende beendet; der nächste Durchlauf setzt fort</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SyncCommand.cpp" line="201"/>
        <source>%n write(s) failed and wait in the failed-message queue.</source>
        <translation>
            <numerusform>%n Schreibvorgang ist fehlgeschlagen und wartet in der Warteschlange für fehlgeschlagene Nachrichten.</numerusform>
            <numerusform>%n Schreibvorgänge sind fehlgeschlagen und warten in der Warteschlange für fehlgeschlagene Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="211"/>
        <source>Interrupted by %1 before anything was written; the next run starts over.</source>
        <translation>Durch %1 unterbrochen, bevor etwas geschrieben wurde; der nächste Lauf beginnt von vorn.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="216"/>
        <source>Interrupted by %1: %2 of %3 planned write(s) done, %4 failed (queued for retry), %5 not started; the next run continues with them.</source>
        <translation>Durch %1 unterbrochen: %2 von %3 geplanten Schreibvorgängen erledigt, %4 fehlgeschlagen (für einen erneuten Versuch eingereiht), %5 nicht begonnen; der nächste Lauf setzt mit ihnen fort.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="244"/>
        <source>synchronize calendars (CRM appointments &lt;-&gt; Outlook events) once, or
every Poll Interval until Ctrl+C; deletes above the safety share need --yes</source>
        <translation>synchronisiert Kalender (CRM-Termine &lt;-&gt; Outlook-Ereignisse) einmal oder
in jedem Abfrageintervall bis Strg+C; Löschungen über dem Sicherheitsanteil
brauchen --yes</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="247"/>
        <source>One run.</source>
        <translation>Ein Durchlauf.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="249"/>
        <source>A run every Poll Interval until Ctrl+C or SIGTERM.</source>
        <translation>Ein Durchlauf in jedem Abfrageintervall bis Strg+C oder SIGTERM.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="251"/>
        <source>Delete even above the safety share of a mailbox.</source>
        <translation>Auch über dem Sicherheitsanteil eines Postfachs löschen.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="252"/>
        <source>Only this user (CRM logon or mailbox).</source>
        <translation>Nur dieser Benutzer (CRM-Anmeldung oder Postfach).</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="261"/>
        <source>usage: cxsync sync --once | --watch [--dry-run] [--yes] [--user USER]</source>
        <translation>Aufruf: cxsync sync --once | --watch [--dry-run] [--yes] [--user USER]</translation>
    </message>
</context>
<context>
    <name>cxsync::SyncNowAction</name>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="17"/>
        <location filename="../ui/SyncNowAction.cpp" line="177"/>
        <source>Sync Now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="19"/>
        <source>Retry the failed messages that are due, then synchronize the calendars of every linked user once, both ways as the options say.</source>
        <translation>Versucht fällige fehlgeschlagene Nachrichten erneut und synchronisiert dann die Kalender aller verknüpften Benutzer einmal, in beide Richtungen gemäß den Optionen.</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="57"/>
        <source>Sync Now: stopping after the write under way…</source>
        <translation>Jetzt synchronisieren: wird nach dem laufenden Schreibvorgang beendet…</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="63"/>
        <source>Sync Now: already running.</source>
        <translation>Jetzt synchronisieren: läuft bereits.</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="69"/>
        <source>Sync Now: connecting…</source>
        <translation>Jetzt synchronisieren: Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="71"/>
        <source>Cancel Sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="73"/>
        <source>Sync Now started (saved settings: %1).</source>
        <translation>„Jetzt synchronisieren“ gestartet (gespeicherte Einstellungen: %1).</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="96"/>
        <source>Sync Now: retrying failed messages…</source>
        <translation>Jetzt synchronisieren: fehlgeschlagene Nachrichten werden erneut versucht…</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="104"/>
        <location filename="../ui/SyncNowAction.cpp" line="162"/>
        <source>Sync Now: %1</source>
        <translation>Jetzt synchronisieren: %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="118"/>
        <source>Mass delete</source>
        <translation>Massenlöschung</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="119"/>
        <source>This run would delete %1 of the %2 synchronized items of %3 (more than %4 %).

Delete them? No keeps everything for now; the next run asks again.</source>
        <translation>Dieser Lauf würde %1 der %2 synchronisierten Elemente von %3 löschen (mehr als %4 %).

Sollen sie gelöscht werden? Bei „Nein“ bleibt vorerst alles erhalten; der nächste Lauf fragt erneut.</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="143"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="150"/>
        <source>Sync Now: %1: %2</source>
        <translation>Jetzt synchronisieren: %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="153"/>
        <source>Sync Now: synchronizing…</source>
        <translation>Jetzt synchronisieren: Synchronisierung läuft…</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="160"/>
        <source>Sync Now failed: %1</source>
        <translation>„Jetzt synchronisieren“ fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="164"/>
        <source>Sync Now: failed: %1</source>
        <translation>Jetzt synchronisieren: fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="166"/>
        <source>Sync Now: %1 kept: %2 deletes not applied (more than %3 % of %4 items).</source>
        <translation>Jetzt synchronisieren: %1 beibehalten: %2 Löschungen nicht ausgeführt (mehr als %3 % von %4 Elementen).</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="172"/>
        <source>Sync Now: note: %1</source>
        <translation>Jetzt synchronisieren: Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="174"/>
        <source>Sync Now: see the Failed Messages tab; they are retried at growing intervals.</source>
        <translation>Jetzt synchronisieren: siehe Registerkarte „Fehlgeschlagene Nachrichten“; sie werden in wachsenden Abständen erneut versucht.</translation>
    </message>
</context>
<context>
    <name>cxsync::SyncService</name>
    <message>
        <location filename="../core/service/SyncService.cpp" line="91"/>
        <source>push needs the listener client state (secret listener-client-state); run &apos;cxsync hooks install&apos; once</source>
        <translation>Push erfordert das Listener-Geheimnis (Geheimnis listener-client-state); führen Sie einmal „cxsync hooks install“ aus</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="108"/>
        <source>Change notification for %1.</source>
        <translation>Änderungsbenachrichtigung für %1.</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="126"/>
        <source>Listening for notifications at %1 (port %2).</source>
        <translation>Warte auf Benachrichtigungen unter %1 (Port %2).</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="141"/>
        <source>Subscription for %1 failed (polling covers it): %2</source>
        <translation>Abonnement für %1 fehlgeschlagen (Abfragen decken es ab): %2</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="146"/>
        <source>Change subscriptions: %1 active, %2 failed.</source>
        <translation>Änderungsabonnements: %1 aktiv, %2 fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/service/SyncService.cpp" line="152"/>
        <source>Push is not configured: changes are found by polling every %n second(s).</source>
        <translation>
            <numerusform>Push ist nicht konfiguriert: Änderungen werden durch Abfragen jede %n Sekunde gefunden.</numerusform>
            <numerusform>Push ist nicht konfiguriert: Änderungen werden durch Abfragen alle %n Sekunden gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="246"/>
        <source>Lifecycle event %1 for %2.</source>
        <translation>Lebenszyklusereignis %1 für %2.</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="257"/>
        <source>Lifecycle handling for %1 failed: %2</source>
        <translation>Behandlung des Lebenszyklusereignisses für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="343"/>
        <source>all users</source>
        <translation>alle Benutzer</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="357"/>
        <source>CRM changes</source>
        <translation>CRM-Änderungen</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="401"/>
        <source>Sync of %1 failed: %2</source>
        <translation>Synchronisierung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/service/SyncService.cpp" line="435"/>
        <source>Push is working: CRM changes are read every %n second(s), every mailbox in full every %1 minute(s).</source>
        <translation>
            <numerusform>Push funktioniert: CRM-Änderungen werden alle %n Sekunde gelesen, jedes Postfach vollständig alle %1 Minute(n).</numerusform>
            <numerusform>Push funktioniert: CRM-Änderungen werden alle %n Sekunden gelesen, jedes Postfach vollständig alle %1 Minute(n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="454"/>
        <source>Renewing the subscription for %1 failed (polling covers it): %2</source>
        <translation>Erneuern des Abonnements für %1 fehlgeschlagen (Abfragen decken es ab): %2</translation>
    </message>
</context>
<context>
    <name>cxsync::SystemdCredentials</name>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="50"/>
        <source>cannot list the systemd credentials in &apos;%1&apos;: %2</source>
        <translation>die systemd-Anmeldedaten in „%1“ können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="79"/>
        <source>systemd credential &apos;%1&apos; is a symbolic link; systemd writes credentials as plain files.</source>
        <translation>die systemd-Anmeldedaten „%1“ sind ein symbolischer Link; systemd schreibt Anmeldedaten als normale Dateien.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="85"/>
        <location filename="../core/config/SystemdCredentials.cpp" line="94"/>
        <location filename="../core/config/SystemdCredentials.cpp" line="128"/>
        <source>cannot read systemd credential &apos;%1&apos;: %2</source>
        <translation>die systemd-Anmeldedaten „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="99"/>
        <source>systemd credential &apos;%1&apos; is not a regular file (a folder, FIFO, device or socket).</source>
        <translation>die systemd-Anmeldedaten „%1“ sind keine reguläre Datei (ein Ordner, FIFO, Gerät oder Socket).</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="106"/>
        <source>systemd credential &apos;%1&apos; is owned by user %2; it must be owned by the user running cxsync (%3) or by root.</source>
        <translation>die systemd-Anmeldedaten „%1“ gehören Benutzer %2; sie müssen dem Benutzer gehören, der cxsync ausführt (%3), oder root.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="115"/>
        <source>systemd credential &apos;%1&apos; may be read by other users (mode %2); systemd makes credentials 0400.</source>
        <translation>die systemd-Anmeldedaten „%1“ können von anderen Benutzern gelesen werden (Modus %2); systemd legt Anmeldedaten mit 0400 an.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="154"/>
        <source>systemd credentials (&apos;%1&apos;) are not available on Windows.</source>
        <translation>systemd-Anmeldedaten („%1“) sind unter Windows nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="161"/>
        <source>the systemd credentials folder &apos;%1&apos; ($CREDENTIALS_DIRECTORY) does not exist.</source>
        <translation>der Ordner der systemd-Anmeldedaten „%1“ ($CREDENTIALS_DIRECTORY) existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="165"/>
        <source>$CREDENTIALS_DIRECTORY &apos;%1&apos; is not a folder.</source>
        <translation>$CREDENTIALS_DIRECTORY „%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="168"/>
        <source>cannot open the systemd credentials folder &apos;%1&apos;: %2</source>
        <translation>der Ordner der systemd-Anmeldedaten „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="180"/>
        <source>the systemd credentials folder &apos;%1&apos; holds more than %2 files; cxsync reads only its own secrets from it.</source>
        <translation>der Ordner der systemd-Anmeldedaten „%1“ enthält mehr als %2 Dateien; cxsync liest daraus nur seine eigenen Geheimnisse.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="195"/>
        <source>systemd credential &apos;%1&apos;: secrets of additional Exchange servers are not accepted here.</source>
        <translation>systemd-Anmeldedaten „%1“: Geheimnisse zusätzlicher Exchange-Server werden hier nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="200"/>
        <source>systemd credential &apos;%1&apos;: %2</source>
        <translation>systemd-Anmeldedaten „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="204"/>
        <source>systemd credential &apos;%1&apos;: there is no additional Exchange server &apos;%2&apos; in this profile; remove the LoadCredential line or add the server.</source>
        <translation>systemd-Anmeldedaten „%1“: in diesem Profil gibt es keinen zusätzlichen Exchange-Server „%2“; entfernen Sie die LoadCredential-Zeile oder fügen Sie den Server hinzu.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="216"/>
        <source>systemd credential &apos;%1&apos; is not a secret cxsync knows; name each credential after its secret: %2.</source>
        <translation>die systemd-Anmeldedaten „%1“ sind kein Geheimnis, das cxsync kennt; benennen Sie alle Anmeldedaten nach ihrem Geheimnis: %2.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="225"/>
        <source>systemd credentials &apos;%1&apos; and &apos;%2&apos; are both %3; give each secret once.</source>
        <translation>die systemd-Anmeldedaten „%1“ und „%2“ sind beide %3; geben Sie jedes Geheimnis nur einmal an.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="238"/>
        <source>systemd credential &apos;%1&apos; is longer than %2 bytes.</source>
        <translation>die systemd-Anmeldedaten „%1“ sind länger als %2 Byte.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="245"/>
        <source>systemd credential &apos;%1&apos; holds a NUL byte or a line break inside the value; it must hold the secret alone.</source>
        <translation>die systemd-Anmeldedaten „%1“ enthalten ein NUL-Byte oder einen Zeilenumbruch im Wert; sie dürfen nur das Geheimnis enthalten.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="252"/>
        <source>systemd credential &apos;%1&apos; is not valid UTF-8.</source>
        <translation>die systemd-Anmeldedaten „%1“ sind kein gültiges UTF-8.</translation>
    </message>
</context>
<context>
    <name>cxsync::TestConnectionCommand</name>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="35"/>
        <source>Test Connection passed: %1 of %2 steps passed, %3 skipped.</source>
        <translation>Verbindungstest bestanden: %1 von %2 Schritten bestanden, %3 übersprungen.</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="39"/>
        <source>Test Connection failed: %1 of %2 steps failed.</source>
        <translation>Verbindungstest fehlgeschlagen: %1 von %2 Schritten fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="57"/>
        <source>pass</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="60"/>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="63"/>
        <source>skip</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="66"/>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="78"/>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="79"/>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="92"/>
        <source>check each step from settings to listener and say what to fix;
--write-probe also creates and deletes a test event in the mailbox</source>
        <translation>prüft jeden Schritt von den Einstellungen bis zum Empfänger und sagt, was zu beheben ist;
--write-probe legt außerdem ein Testereignis im Postfach an und löscht es</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="97"/>
        <source>The mailbox to test with (default: the first linked one).</source>
        <translation>Das Postfach für den Test (Standard: das erste verknüpfte).</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="100"/>
        <source>Also create and delete a test event in that mailbox.</source>
        <translation>Außerdem ein Testereignis in diesem Postfach anlegen und löschen.</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="108"/>
        <source>usage: cxsync test-connection [--json] [--mailbox ADDRESS] [--write-probe]</source>
        <translation>Aufruf: cxsync test-connection [--json] [--mailbox ADDRESS] [--write-probe]</translation>
    </message>
</context>
<context>
    <name>cxsync::TimeZoneSpec</name>
    <message>
        <location filename="../core/config/TimeZoneSpec.cpp" line="31"/>
        <source>offset &apos;%1&apos; is not in quarter hours (use .25, .5 or .75).</source>
        <translation>der Versatz „%1“ ist nicht in Viertelstunden angegeben (verwenden Sie .25, .5 oder .75).</translation>
    </message>
    <message>
        <location filename="../core/config/TimeZoneSpec.cpp" line="37"/>
        <source>offset &apos;%1&apos; is not in quarter hours (:00, :15, :30 or :45).</source>
        <translation>der Versatz „%1“ ist nicht in Viertelstunden angegeben (:00, :15, :30 oder :45).</translation>
    </message>
    <message>
        <location filename="../core/config/TimeZoneSpec.cpp" line="41"/>
        <source>offset &apos;%1&apos; is outside -12 to +14 hours.</source>
        <translation>der Versatz „%1“ liegt außerhalb von -12 bis +14 Stunden.</translation>
    </message>
    <message>
        <location filename="../core/config/TimeZoneSpec.cpp" line="59"/>
        <source>&apos;%1&apos; is not a known time zone: use an id such as Europe/London or GMT Standard Time, or an offset in hours such as +1 or -3.5.</source>
        <translation>„%1“ ist keine bekannte Zeitzone: Verwenden Sie eine ID wie Europe/London oder GMT Standard Time oder einen Versatz in Stunden wie +1 oder -3.5.</translation>
    </message>
    <message>
        <location filename="../core/config/TimeZoneSpec.cpp" line="68"/>
        <source>fixed offset UTC%1%2:%3</source>
        <translation>fester Versatz UTC%1%2:%3</translation>
    </message>
</context>
<context>
    <name>cxsync::TransactionLogModel</name>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="30"/>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="55"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="69"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="71"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="73"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="75"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="77"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="79"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="81"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="83"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>cxsync::UsersCommand</name>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="102"/>
        <source>usage: cxsync users sync [--dry-run] [--yes] [--json] | users list [--json] | users disable USER | users enable USER</source>
        <translation>Aufruf: cxsync users sync [--dry-run] [--yes] [--json] | users list [--json] | users disable USER | users enable USER</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="179"/>
        <source>Reading the mailboxes, the CRM users and the journal…</source>
        <translation>Postfächer, CRM-Benutzer und Journal werden gelesen…</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="189"/>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="217"/>
        <source>Create %n CRM user(s) as resources? [y/N] </source>
        <translation>
            <numerusform>%n CRM-Benutzer als Ressource anlegen? [y/N] </numerusform>
            <numerusform>%n CRM-Benutzer als Ressourcen anlegen? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="224"/>
        <source>%n CRM user(s) not created: creating users needs --yes (or &quot;y&quot; at the prompt). The links are applied.</source>
        <translation>
            <numerusform>%n CRM-Benutzer nicht angelegt: Das Anlegen von Benutzern erfordert --yes (oder „y“ bei der Abfrage). Die Verknüpfungen werden angewendet.</numerusform>
            <numerusform>%n CRM-Benutzer nicht angelegt: Das Anlegen von Benutzern erfordert --yes (oder „y“ bei der Abfrage). Die Verknüpfungen werden angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="231"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="258"/>
        <source>User sync plan for %1: %2 mailboxes, %3 CRM users</source>
        <translation>Plan der Benutzersynchronisierung für %1: %2 Postfächer, %3 CRM-Benutzer</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="264"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="272"/>
        <source>(stored id %1, e-mail %2, alias %3, name %4)</source>
        <translation>(gespeicherte ID %1, E-Mail %2, Alias %3, Name %4)</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="278"/>
        <source>as resources (Create CRM Users)</source>
        <translation>als Ressourcen („CRM-Benutzer anlegen“)</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="286"/>
        <source>Links:</source>
        <translation>Verknüpfungen:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="286"/>
        <source>Creations:</source>
        <translation>Neuanlagen:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="287"/>
        <source>Unlinks:</source>
        <translation>Verknüpfungen lösen:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="287"/>
        <source>Exclusions:</source>
        <translation>Ausschlüsse:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="288"/>
        <source>Conflicts:</source>
        <translation>Konflikte:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="288"/>
        <source>Not linked:</source>
        <translation>Nicht verknüpft:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="303"/>
        <source>%1 (%2 %3) &lt;- %4, resource</source>
        <translation>%1 (%2 %3) &lt;- %4, Ressource</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="317"/>
        <source> [with %1]</source>
        <translation> [mit %1]</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="350"/>
        <source>nothing was applied: %1</source>
        <translation>es wurde nichts angewendet: %1</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="353"/>
        <source>Applied in %1 ms: %2 linked, %3 created, %4 unlinked, %5 excluded, %6 unchanged, %7 conflicts, %8 not linked</source>
        <translation>Angewendet in %1 ms: %2 verknüpft, %3 angelegt, %4 Verknüpfungen gelöst, %5 ausgeschlossen, %6 unverändert, %7 Konflikte, %8 nicht verknüpft</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="366"/>
        <source>%n creation(s) declined.</source>
        <translation>
            <numerusform>%n Neuanlage abgelehnt.</numerusform>
            <numerusform>%n Neuanlagen abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="369"/>
        <source>%n user(s) failed; see the lines above and `cxsync users list`</source>
        <translation>
            <numerusform>%n Benutzer fehlgeschlagen; siehe die Zeilen oben und `cxsync users list`</numerusform>
            <numerusform>%n Benutzer fehlgeschlagen; siehe die Zeilen oben und `cxsync users list`</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="372"/>
        <source>Interrupted by %1: %2 change(s) applied (%3 linked, %4 created, %5 unlinked), %6 failed, %7 not started; run `cxsync users sync` again to finish.</source>
        <translation>Durch %1 unterbrochen: %2 Änderung(en) angewendet (%3 verknüpft, %4 erstellt, %5 Verknüpfung aufgehoben), %6 fehlgeschlagen, %7 nicht begonnen; führen Sie `cxsync users sync` erneut aus, um den Vorgang abzuschließen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="384"/>
        <source>cancelled: %n change(s) not started; run the sync again</source>
        <translation>
            <numerusform>abgebrochen: %n Änderung nicht begonnen; führen Sie die Synchronisierung erneut aus</numerusform>
            <numerusform>abgebrochen: %n Änderungen nicht begonnen; führen Sie die Synchronisierung erneut aus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="397"/>
        <source>%1: finishing the writes under way, starting no new ones… (press Ctrl+C again to quit at once)</source>
        <translation>%1: laufende Schreibvorgänge werden abgeschlossen, keine neuen begonnen… (drücken Sie erneut Strg+C, um sofort zu beenden)</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="405"/>
        <source>Interrupted by %1 before anything was written; the plan was not applied.</source>
        <translation>Durch %1 unterbrochen, bevor etwas geschrieben wurde; der Plan wurde nicht angewendet.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="427"/>
        <source>No users in the journal yet: run `cxsync users sync`.</source>
        <translation>Noch keine Benutzer im Journal: Führen Sie `cxsync users sync` aus.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="437"/>
        <source>LOGON</source>
        <translation>ANMELDUNG</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="437"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="437"/>
        <source>MAILBOX</source>
        <translation>POSTFACH</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="439"/>
        <source>EXCHANGE SERVER</source>
        <translation>EXCHANGE-SERVER</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="440"/>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="440"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="440"/>
        <source>LAST SYNC</source>
        <translation>LETZTE SYNC.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="440"/>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="447"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="474"/>
        <source>%1 is disabled: it is not synchronized, and user sync does not link it again until `cxsync users enable %2`.</source>
        <translation>%1 ist deaktiviert: Er wird nicht synchronisiert, und die Benutzersynchronisierung verknüpft ihn erst nach `cxsync users enable %2` wieder.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="492"/>
        <source>%1 is enabled: the next `cxsync users sync` links it.</source>
        <translation>%1 ist aktiviert: Der nächste `cxsync users sync` verknüpft ihn.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="501"/>
        <source>which CRM users are synchronized with which mailboxes</source>
        <translation>welche CRM-Benutzer mit welchen Postfächern synchronisiert werden</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="512"/>
        <source>link CRM users to mailboxes (and create missing ones as resources):
prints the plan, then applies it; creating users needs --yes</source>
        <translation>verknüpft CRM-Benutzer mit Postfächern (und legt fehlende als Ressourcen an):
zeigt den Plan und wendet ihn dann an; das Anlegen von Benutzern braucht --yes</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="516"/>
        <source>Create the CRM users the plan lists without asking.</source>
        <translation>Die CRM-Benutzer, die der Plan nennt, ohne Rückfrage anlegen.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="521"/>
        <source>every CRM user&apos;s link, rule, state and last sync (from the journal)</source>
        <translation>Verknüpfung, Regel, Zustand und letzter Sync jedes CRM-Benutzers (aus dem Journal)</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="525"/>
        <source>stop syncing a user and keep user sync from relinking it</source>
        <translation>einen Benutzer nicht mehr synchronisieren und die Benutzersynchronisierung daran hindern, ihn neu zu verknüpfen</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="528"/>
        <source>let user sync link it again (USER: logon, CRM id or mailbox)</source>
        <translation>die Benutzersynchronisierung darf ihn wieder verknüpfen (USER: Anmeldung, CRM-ID oder Postfach)</translation>
    </message>
</context>
<context>
    <name>cxsync::UsersPage</name>
    <message>
        <location filename="../ui/UsersPage.cpp" line="90"/>
        <source>Filter by logon, name, mailbox, rule, state or message</source>
        <translation>Nach Anmeldung, Name, Postfach, Regel, Status oder Meldung filtern</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="94"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="97"/>
        <source>With errors</source>
        <translation>Mit Fehlern</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="98"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="106"/>
        <source>CRM user</source>
        <translation>CRM-Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="106"/>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="106"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="106"/>
        <source>Exchange Server</source>
        <translation>Exchange-Server</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="107"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="107"/>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="107"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="107"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="130"/>
        <location filename="../ui/UsersPage.cpp" line="480"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="133"/>
        <source>Stop synchronizing the selected users: their Exchange user id is cleared in the CRM, and user sync does not link them again until they are enabled.</source>
        <translation>Die ausgewählten Benutzer nicht mehr synchronisieren: Ihre Exchange-Benutzer-ID wird im CRM gelöscht, und die Benutzersynchronisierung verknüpft sie erst nach dem Aktivieren wieder.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="135"/>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="137"/>
        <source>Let user sync link the selected users again.</source>
        <translation>Die Benutzersynchronisierung darf die ausgewählten Benutzer wieder verknüpfen.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="138"/>
        <location filename="../ui/UsersPage.cpp" line="546"/>
        <source>Test Mailbox Access</source>
        <translation>Postfachzugriff testen</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="140"/>
        <source>Read the selected user&apos;s calendar as synchronization will.</source>
        <translation>Den Kalender des ausgewählten Benutzers so lesen, wie es die Synchronisierung tun wird.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="144"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="155"/>
        <source>Sync Users With CRM And Install Scripts</source>
        <translation>Benutzer mit CRM synchronisieren und Skripte installieren</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="158"/>
        <source>Link every CRM user to its mailbox (stored id, e-mail, alias, then unique first + last name) and, with Create CRM Users, create the missing ones as resources. You see the plan before anything is written.</source>
        <translation>Jeden CRM-Benutzer mit seinem Postfach verknüpfen (gespeicherte ID, E-Mail, Alias, dann eindeutiger Vor- + Nachname) und mit „CRM-Benutzer anlegen“ die fehlenden als Ressourcen anlegen. Sie sehen den Plan, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="209"/>
        <location filename="../ui/UsersPage.cpp" line="257"/>
        <source>No users yet: Sync Users With CRM (Actions) reads both sides and shows a preview.</source>
        <translation>Noch keine Benutzer: „Benutzer mit CRM synchronisieren“ (Aktionen) liest beide Seiten und zeigt eine Vorschau.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="215"/>
        <source>The journal cannot be read: %1</source>
        <translation>Das Journal kann nicht gelesen werden: %1</translation>
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
        <translation>%1 CRM-Benutzer: %2 verknüpft, %3 nicht verknüpft, %4 ausgeschlossen, %5 im Konflikt, %6 mit Fehlern.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="284"/>
        <source>%1 (not in this profile)</source>
        <translation>%1 (nicht in diesem Profil)</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="285"/>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="313"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="327"/>
        <source>Sync Users: already running; Cancel on the Users page stops it.</source>
        <translation>Benutzersynchronisierung: läuft bereits; „Abbrechen“ auf der Seite „Benutzer“ beendet sie.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="330"/>
        <source>Sync Users: reading…</source>
        <translation>Benutzersynchronisierung: wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="332"/>
        <source>Sync Users With CRM: reading the mailboxes and the CRM users (saved settings: %1)…</source>
        <translation>Benutzer mit CRM synchronisieren: Postfächer und CRM-Benutzer werden gelesen (gespeicherte Einstellungen: %1)…</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="334"/>
        <source>Sync Users</source>
        <translation>Benutzersynchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="346"/>
        <source>Sync Users: %1</source>
        <translation>Benutzersynchronisierung: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="359"/>
        <source>Sync Users: warning: %1</source>
        <translation>Benutzersynchronisierung: Warnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="361"/>
        <source>Sync Users: %1 to link, %2 to create, %3 to unlink, %4 conflicts, %5 not linked. Review the preview; nothing is written until Apply.</source>
        <translation>Benutzersynchronisierung: %1 zu verknüpfen, %2 anzulegen, %3 Verknüpfungen zu lösen, %4 Konflikte, %5 nicht verknüpft. Prüfen Sie die Vorschau; bis „Anwenden“ wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="373"/>
        <source>Sync Users: cancelled at the preview; nothing was written.</source>
        <translation>Benutzersynchronisierung: in der Vorschau abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersPage.cpp" line="385"/>
        <source>Sync Users: %n CRM user(s) will not be created, as chosen.</source>
        <translation>
            <numerusform>Benutzersynchronisierung: %n CRM-Benutzer wird wie gewählt nicht angelegt.</numerusform>
            <numerusform>Benutzersynchronisierung: %n CRM-Benutzer werden wie gewählt nicht angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="386"/>
        <source>Sync Users: %v of %m</source>
        <translation>Benutzersynchronisierung: %v von %m</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="393"/>
        <source>Sync Users: %1: %2</source>
        <translation>Benutzersynchronisierung: %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="404"/>
        <source>Sync Users: nothing was applied: %1</source>
        <translation>Benutzersynchronisierung: Es wurde nichts angewendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="407"/>
        <source>Sync Users: %1 linked, %2 created as resources, %3 unlinked, %4 excluded, %5 unchanged, %6 conflicts, %7 not linked, %8 failed (%9 ms).</source>
        <translation>Benutzersynchronisierung: %1 verknüpft, %2 als Ressourcen angelegt, %3 Verknüpfungen gelöst, %4 ausgeschlossen, %5 unverändert, %6 Konflikte, %7 nicht verknüpft, %8 fehlgeschlagen (%9 ms).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersPage.cpp" line="420"/>
        <source>Sync Users: cancelled; %n change(s) were not started. Run it again to finish.</source>
        <translation>
            <numerusform>Benutzersynchronisierung: abgebrochen; %n Änderung wurde nicht begonnen. Führen Sie sie erneut aus, um sie abzuschließen.</numerusform>
            <numerusform>Benutzersynchronisierung: abgebrochen; %n Änderungen wurden nicht begonnen. Führen Sie sie erneut aus, um sie abzuschließen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="426"/>
        <source>Install Scripts: not started, as the user sync did not complete.</source>
        <translation>Skripte installieren: nicht gestartet, da die Benutzersynchronisierung nicht abgeschlossen wurde.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="453"/>
        <source>Sync Users: cancelling; the writes under way finish first…</source>
        <translation>Benutzersynchronisierung: wird abgebrochen; laufende Schreibvorgänge werden zuerst abgeschlossen…</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="502"/>
        <source>%1 disabled: not synchronized, and not linked again by user sync until enabled.</source>
        <translation>%1 deaktiviert: nicht synchronisiert und von der Benutzersynchronisierung erst nach dem Aktivieren wieder verknüpft.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="505"/>
        <source>Disable: %1</source>
        <translation>Deaktivieren: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="517"/>
        <location filename="../ui/UsersPage.cpp" line="529"/>
        <source>Enable: %1</source>
        <translation>Aktivieren: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="527"/>
        <source>%1 enabled: the next Sync Users links it.</source>
        <translation>%1 aktiviert: Die nächste Benutzersynchronisierung verknüpft ihn.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="545"/>
        <source>Test Mailbox Access: reading the calendar of %1…</source>
        <translation>Postfachzugriff testen: Der Kalender von %1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="557"/>
        <source>Test Mailbox Access: %1.</source>
        <translation>Postfachzugriff testen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="558"/>
        <source>Test Mailbox Access failed: %1</source>
        <translation>Postfachzugriff testen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::UsersPreviewDialog</name>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="19"/>
        <source>Sync Users With CRM: preview</source>
        <translation>Benutzer mit CRM synchronisieren: Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="30"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="30"/>
        <source>CRM user</source>
        <translation>CRM-Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="30"/>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="30"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="30"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersPreviewDialog.cpp" line="38"/>
        <source>Show the %n unchanged user(s)</source>
        <translation>
            <numerusform>Den %n unveränderten Benutzer anzeigen</numerusform>
            <numerusform>Die %n unveränderten Benutzer anzeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersPreviewDialog.cpp" line="45"/>
        <source>Create %n missing CRM user(s) as resources (they use no licence)</source>
        <translation>
            <numerusform>%n fehlenden CRM-Benutzer als Ressource anlegen (belegt keine Lizenz)</numerusform>
            <numerusform>%n fehlende CRM-Benutzer als Ressourcen anlegen (belegen keine Lizenz)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="52"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="82"/>
        <source>%1 mailboxes and %2 CRM users. To link: %3 (stored id %4, e-mail %5, alias %6, name %7). To create as resources: %8. To unlink: %9. To exclude: %10. Unchanged: %11. Conflicts: %12. Not linked: %13. Nothing is written until you press Apply.</source>
        <translation>%1 Postfächer und %2 CRM-Benutzer. Zu verknüpfen: %3 (gespeicherte ID %4, E-Mail %5, Alias %6, Name %7). Als Ressourcen anzulegen: %8. Verknüpfung zu lösen: %9. Auszuschließen: %10. Unverändert: %11. Konflikte: %12. Nicht verknüpft: %13. Bis Sie „Anwenden“ drücken, wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="113"/>
        <source>%1 (new resource)</source>
        <translation>%1 (neue Ressource)</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="116"/>
        <source> [with %1]</source>
        <translation> [mit %1]</translation>
    </message>
</context>
<context>
    <name>cxsync::VersionCommand</name>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="54"/>
        <source>print the version</source>
        <translation>gibt die Version aus</translation>
    </message>
</context>
<context>
    <name>cxsync::canary::Canary</name>
    <message>
        <location filename="../core/canary/Canary.cpp" line="24"/>
        <source>Written by the CRM Exchange Sync canary to measure how long a change takes to reach the other side. It is private, has no attendees and is deleted again automatically.</source>
        <translation>Vom Canary von CRM Exchange Sync geschrieben, um zu messen, wie lange eine Änderung bis zur anderen Seite braucht. Es ist privat, hat keine Teilnehmer und wird automatisch wieder gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/canary/Canary.cpp" line="63"/>
        <source>not seen on the other side within %n second(s)</source>
        <translation>
            <numerusform>nicht innerhalb von %n Sekunde auf der anderen Seite gesehen</numerusform>
            <numerusform>nicht innerhalb von %n Sekunden auf der anderen Seite gesehen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="106"/>
        <source>the canary CRM user &apos;%1&apos; is not linked to a mailbox; run Sync Users With CRM first</source>
        <translation>der Canary-CRM-Benutzer „%1“ ist mit keinem Postfach verknüpft; führen Sie zuerst „Benutzer mit CRM synchronisieren“ aus</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="112"/>
        <source>the canary CRM user &apos;%1&apos; is linked to %2, not to the canary mailbox %3</source>
        <translation>der Canary-CRM-Benutzer „%1“ ist mit %2 verknüpft, nicht mit dem Canary-Postfach %3</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="118"/>
        <source>the canary CRM user &apos;%1&apos; is not among the synchronized users</source>
        <translation>der Canary-CRM-Benutzer „%1“ gehört nicht zu den synchronisierten Benutzern</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="155"/>
        <source>Canary: cannot record the round, none is run: %1</source>
        <translation>Canary: die Runde kann nicht aufgezeichnet werden, keine wird ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="180"/>
        <location filename="../core/canary/Canary.cpp" line="283"/>
        <location filename="../core/canary/Canary.cpp" line="303"/>
        <location filename="../core/canary/Canary.cpp" line="317"/>
        <source>Canary: %1</source>
        <translation>Canary: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="198"/>
        <source>the CRM refused the canary appointment: %1</source>
        <translation>das CRM hat den Canary-Termin abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="205"/>
        <location filename="../core/canary/Canary.cpp" line="478"/>
        <location filename="../core/canary/Canary.cpp" line="505"/>
        <source>no Exchange connection</source>
        <translation>keine Exchange-Verbindung</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="221"/>
        <source>Exchange refused the canary item: %1</source>
        <translation>Exchange hat das Canary-Element abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="285"/>
        <source>Canary %1 arrived late: %2 ms (threshold %3 ms).</source>
        <translation>Canary %1 kam verspätet an: %2 ms (Schwelle %3 ms).</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="289"/>
        <source>Canary %1 arrived in %2 ms.</source>
        <translation>Canary %1 kam in %2 ms an.</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="306"/>
        <source>Canary %1 %2: %3</source>
        <translation>Canary %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="319"/>
        <source>Canary: the items of round %1 could not all be removed (tried again before the next round): %2</source>
        <translation>Canary: die Elemente der Runde %1 konnten nicht alle entfernt werden (erneuter Versuch vor der nächsten Runde): %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/canary/Canary.cpp" line="348"/>
        <source>Canary: removed the items of %n unfinished round(s).</source>
        <translation>
            <numerusform>Canary: die Elemente von %n unvollendeten Runde entfernt.</numerusform>
            <numerusform>Canary: die Elemente von %n unvollendeten Runden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="360"/>
        <source>interrupted (the service stopped during the round)</source>
        <translation>unterbrochen (der Dienst wurde während der Runde beendet)</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="366"/>
        <source>round %1: %2</source>
        <translation>Runde %1: %2</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="411"/>
        <source>CRM communication %1 not deleted: %2</source>
        <translation>CRM-Kommunikation %1 nicht gelöscht: %2</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="429"/>
        <source>Exchange item %1 not deleted: %2</source>
        <translation>Exchange-Element %1 nicht gelöscht: %2</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="448"/>
        <source>the CRM change feed could not be searched: %1</source>
        <translation>der Änderungs-Feed des CRM konnte nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="471"/>
        <source>the CRM could not be searched: %1</source>
        <translation>das CRM konnte nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="489"/>
        <source>the canary mailbox could not be searched: %1</source>
        <translation>das Canary-Postfach konnte nicht durchsucht werden: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::canary::CanaryJournal</name>
    <message>
        <location filename="../core/canary/CanaryJournal.cpp" line="156"/>
        <location filename="../core/health/HealthReport.cpp" line="480"/>
        <source>canary round %1 has an unknown state &apos;%2&apos;</source>
        <translation>Canary-Runde %1 hat einen unbekannten Zustand „%2“</translation>
    </message>
    <message>
        <location filename="../core/canary/CanaryJournal.cpp" line="198"/>
        <source>cannot start a journal transaction</source>
        <translation>eine Journaltransaktion kann nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>cxsync::consistency::ConsistencyAnalysis</name>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="131"/>
        <source>the link joins an Outlook item and CRM communication %1 that are both gone</source>
        <translation>die Verknüpfung verbindet ein Outlook-Element und die CRM-Kommunikation %1, die beide nicht mehr existieren</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="134"/>
        <source>linked to CRM communication %1, but the Outlook item is gone</source>
        <translation>mit CRM-Kommunikation %1 verknüpft, aber das Outlook-Element existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="135"/>
        <source>the Outlook item is linked to CRM communication %1, which is gone</source>
        <translation>das Outlook-Element ist mit CRM-Kommunikation %1 verknüpft, die nicht mehr existiert</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="138"/>
        <source>drop the link; the next sync acts on what is left by its rules</source>
        <translation>die Verknüpfung entfernen; der nächste Sync behandelt den Rest nach seinen Regeln</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="167"/>
        <source>the Outlook item and CRM communication %1 differ in: %2</source>
        <translation>das Outlook-Element und CRM-Kommunikation %1 unterscheiden sich in: %2</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="175"/>
        <source>a meeting organized outside the synchronized mailboxes: Outlook&apos;s version is kept</source>
        <translation>eine Besprechung, die außerhalb der synchronisierten Postfächer organisiert wurde: die Outlook-Version bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="178"/>
        <source>changed in Outlook since the last sync</source>
        <translation>seit dem letzten Sync in Outlook geändert</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="181"/>
        <source>changed in the CRM since the last sync</source>
        <translation>seit dem letzten Sync im CRM geändert</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="184"/>
        <source>the conflict policy (%1) keeps the %2 version</source>
        <translation>die Konfliktregel (%1) behält die Version aus %2</translation>
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
        <translation>unverändert gelassen: Exchange -&gt; CRM ist ausgeschaltet (%1)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="194"/>
        <source>write the Outlook version to the CRM (%1)</source>
        <translation>die Outlook-Version ins CRM schreiben (%1)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="200"/>
        <source>left alone: CRM -&gt; Exchange is switched off (%1)</source>
        <translation>unverändert gelassen: CRM -&gt; Exchange ist ausgeschaltet (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="202"/>
        <source>left for the admin: writing the CRM version to Outlook would notify %n attendee(s) (%1)</source>
        <translation>
            <numerusform>dem Administrator überlassen: die CRM-Version nach Outlook zu schreiben, würde %n Teilnehmer benachrichtigen (%1)</numerusform>
            <numerusform>dem Administrator überlassen: die CRM-Version nach Outlook zu schreiben, würde %n Teilnehmer benachrichtigen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="208"/>
        <source>write the CRM version to Outlook (%1)</source>
        <translation>die CRM-Version nach Outlook schreiben (%1)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="270"/>
        <source>CRM communication %1 is a second record of the meeting (Exchange id %2) that communication %3 is linked to</source>
        <translation>CRM-Kommunikation %1 ist ein zweiter Datensatz der Besprechung (Exchange-ID %2), mit der Kommunikation %3 verknüpft ist</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="275"/>
        <source>delete it: the sync made it (it carries the meeting&apos;s Exchange id) and communication %1 keeps the meeting</source>
        <translation>löschen: der Sync hat sie angelegt (sie trägt die Exchange-ID der Besprechung), und Kommunikation %1 behält die Besprechung</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="279"/>
        <source>%n CRM communications carry the Exchange id %1 and none is linked</source>
        <translation>
            <numerusform>%n CRM-Kommunikation trägt die Exchange-ID %1, und keine ist verknüpft</numerusform>
            <numerusform>%n CRM-Kommunikationen tragen die Exchange-ID %1, und keine ist verknüpft</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="283"/>
        <source>left for the admin: none of them is linked, so which one keeps the meeting is not known</source>
        <translation>dem Administrator überlassen: keine ist verknüpft, daher ist unbekannt, welche die Besprechung behält</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="286"/>
        <source>%n CRM communications carry the Exchange id %1 and are linked</source>
        <translation>
            <numerusform>%n CRM-Kommunikation trägt die Exchange-ID %1 und ist verknüpft</numerusform>
            <numerusform>%n CRM-Kommunikationen tragen die Exchange-ID %1 und sind verknüpft</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="289"/>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="344"/>
        <source>left for the admin: several of them are linked</source>
        <translation>dem Administrator überlassen: mehrere davon sind verknüpft</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="339"/>
        <source>%n Outlook items of this mailbox are for CRM communication %1</source>
        <translation>
            <numerusform>%n Outlook-Element dieses Postfachs gehört zu CRM-Kommunikation %1</numerusform>
            <numerusform>%n Outlook-Elemente dieses Postfachs gehören zu CRM-Kommunikation %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="347"/>
        <source>left for the admin: none of them is linked, so which one to keep is not known</source>
        <translation>dem Administrator überlassen: keines ist verknüpft, daher ist unbekannt, welches zu behalten ist</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="350"/>
        <source>left alone: this item was not created by the sync</source>
        <translation>unverändert gelassen: dieses Element wurde nicht vom Sync angelegt</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="352"/>
        <source>left for the admin: deleting it would notify %n attendee(s)</source>
        <translation>
            <numerusform>dem Administrator überlassen: Löschen würde %n Teilnehmer benachrichtigen</numerusform>
            <numerusform>dem Administrator überlassen: Löschen würde %n Teilnehmer benachrichtigen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="357"/>
        <source>delete it: the sync created it (its transaction id names communication %1), and the linked item keeps the meeting</source>
        <translation>löschen: der Sync hat es angelegt (seine Transaktions-ID nennt Kommunikation %1), und das verknüpfte Element behält die Besprechung</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="432"/>
        <source>CRM communication %1 and %n Outlook item(s) have the same subject and start but no link</source>
        <translation>
            <numerusform>CRM-Kommunikation %1 und %n Outlook-Element haben denselben Betreff und Beginn, aber keine Verknüpfung</numerusform>
            <numerusform>CRM-Kommunikation %1 und %n Outlook-Elemente haben denselben Betreff und Beginn, aber keine Verknüpfung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="438"/>
        <source>left for the admin: %n Outlook meetings match it</source>
        <translation>
            <numerusform>dem Administrator überlassen: %n Outlook-Besprechung passt dazu</numerusform>
            <numerusform>dem Administrator überlassen: %n Outlook-Besprechungen passen dazu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="441"/>
        <source>link them, as the sync links another copy of a meeting</source>
        <translation>verknüpfen, wie der Sync eine weitere Kopie einer Besprechung verknüpft</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="452"/>
        <source>left for the admin: several CRM communications match the same Outlook item</source>
        <translation>dem Administrator überlassen: mehrere CRM-Kommunikationen passen zum selben Outlook-Element</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="472"/>
        <source>they differ in: %1</source>
        <translation>sie unterscheiden sich in: %1</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="480"/>
        <source>then write the Outlook version to the CRM (%1)</source>
        <translation>dann die Outlook-Version ins CRM schreiben (%1)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="485"/>
        <source>then write the CRM version to Outlook (%1)</source>
        <translation>dann die CRM-Version nach Outlook schreiben (%1)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="488"/>
        <source>the fields that differ are left for the admin (%1 keeps the %2 version, which cannot be written without notifying anyone or with this direction off)</source>
        <translation>die abweichenden Felder bleiben dem Administrator überlassen (%1 behält die Version aus %2, die nicht geschrieben werden kann, ohne jemanden zu benachrichtigen oder bei ausgeschalteter Richtung)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="511"/>
        <source>left for the admin: %1 deletes of %2 items in this mailbox exceed the mass-delete safety share (%3 %)</source>
        <translation>dem Administrator überlassen: %1 Löschungen von %2 Elementen in diesem Postfach überschreiten den Sicherheitsanteil für Massenlöschungen (%3 %)</translation>
    </message>
</context>
<context>
    <name>cxsync::consistency::ConsistencyChecker</name>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="129"/>
        <source>No linked user &quot;%1&quot; (see cxsync users list).</source>
        <translation>Kein verknüpfter Benutzer „%1“ (siehe cxsync users list).</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="132"/>
        <source>The Exchange side is not available with these settings.</source>
        <translation>Die Exchange-Seite ist mit diesen Einstellungen nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="180"/>
        <source>%1: reading the calendar failed: %2</source>
        <translation>%1: Lesen des Kalenders fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="181"/>
        <source>the server refused a full read</source>
        <translation>der Server hat ein vollständiges Lesen abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="184"/>
        <source>%1: not read</source>
        <translation>%1: nicht gelesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="221"/>
        <source>%1: %n Outlook item(s) read</source>
        <translation>
            <numerusform>%1: %n Outlook-Element gelesen</numerusform>
            <numerusform>%1: %n Outlook-Elemente gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="234"/>
        <source>Reading the CRM failed: %1</source>
        <translation>Das Lesen des CRM ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="249"/>
        <source>CRM: %n appointment(s) read</source>
        <translation>
            <numerusform>CRM: %n Termin gelesen</numerusform>
            <numerusform>CRM: %n Termine gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="328"/>
        <source>comparing</source>
        <translation>Vergleich</translation>
    </message>
</context>
<context>
    <name>cxsync::consistency::ConsistencyRepairer</name>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="136"/>
        <source>%1: left alone: %2</source>
        <translation>%1: unverändert gelassen: %2</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="140"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="243"/>
        <source>The new link was not found.</source>
        <translation>Die neue Verknüpfung wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="263"/>
        <source>No Exchange side.</source>
        <translation>Keine Exchange-Seite.</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="270"/>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="313"/>
        <source>already gone</source>
        <translation>bereits verschwunden</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="280"/>
        <source>the item changed since the check; check again</source>
        <translation>das Element hat sich seit der Prüfung geändert; erneut prüfen</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="318"/>
        <source>already deleted</source>
        <translation>bereits gelöscht</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="325"/>
        <source>the record changed since the check; check again</source>
        <translation>der Datensatz hat sich seit der Prüfung geändert; erneut prüfen</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="416"/>
        <source>%1: would %2</source>
        <translation>%1: würde: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="431"/>
        <source>Dry run: %n repair(s) planned, nothing written; %1 finding(s) left for the admin.</source>
        <translation>
            <numerusform>Probelauf: %n Reparatur geplant, nichts geschrieben; %1 Befund(e) für den Administrator.</numerusform>
            <numerusform>Probelauf: %n Reparaturen geplant, nichts geschrieben; %1 Befund(e) für den Administrator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="434"/>
        <source>%n repair(s) done</source>
        <translation>
            <numerusform>%n Reparatur ausgeführt</numerusform>
            <numerusform>%n Reparaturen ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="436"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="438"/>
        <source>%n left alone</source>
        <translation>
            <numerusform>%n unverändert gelassen</numerusform>
            <numerusform>%n unverändert gelassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="440"/>
        <source>stopped before the end</source>
        <translation>vorzeitig beendet</translation>
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
        <translation>Verwaist</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="34"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="36"/>
        <source>Unlinked twin</source>
        <translation>Unverknüpfter Zwilling</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="38"/>
        <source>Field drift</source>
        <translation>Feldabweichung</translation>
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
            <numerusform>%n Postfach, %1 Outlook-Element(e), %2 CRM-Datensätze, %3 Verknüpfung(en)</numerusform>
            <numerusform>%n Postfächer, %1 Outlook-Element(e), %2 CRM-Datensätze, %3 Verknüpfung(en)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="122"/>
        <source>No inconsistencies found (%1).</source>
        <translation>Keine Inkonsistenzen gefunden (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="123"/>
        <source>%n finding(s): %1 orphan(s), %2 duplicate(s), %3 unlinked twin(s), %4 with field drift (%5).</source>
        <translation>
            <numerusform>%n Befund: %1 verwaist, %2 Duplikat(e), %3 unverknüpfte(r) Zwilling(e), %4 mit Feldabweichung (%5).</numerusform>
            <numerusform>%n Befunde: %1 verwaist, %2 Duplikat(e), %3 unverknüpfte(r) Zwilling(e), %4 mit Feldabweichung (%5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxsync::crm::sagecrm::SageCrmConnector</name>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="130"/>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="291"/>
        <source>The CRM sent an invalid %1 in %2: %3.</source>
        <translation>Das CRM hat ein ungültiges %1 in %2 gesendet: %3.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="154"/>
        <source>The CRM sent a %1 page without $resources.</source>
        <translation>Das CRM hat eine %1-Seite ohne $resources gesendet.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="160"/>
        <source>The CRM sent a %1 page without a valid $totalResults.</source>
        <translation>Das CRM hat eine %1-Seite ohne gültiges $totalResults gesendet.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="167"/>
        <source>The CRM sent a %1 page with a row that is not an object.</source>
        <translation>Das CRM hat eine %1-Seite mit einer Zeile gesendet, die kein Objekt ist.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="307"/>
        <source>&apos;%1&apos; is not yyyy-MM-ddTHH:mm:ss</source>
        <translation>„%1“ hat nicht das Format yyyy-MM-ddTHH:mm:ss</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="313"/>
        <source>&apos;%1&apos; is not a valid date/time</source>
        <translation>„%1“ ist kein gültiges Datum bzw. keine gültige Uhrzeit</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="419"/>
        <source>CRM rejected the logon &apos;%1&apos;: wrong user name or password (HTTP 401).</source>
        <translation>Das CRM hat die Anmeldung „%1“ abgelehnt: falscher Benutzername oder falsches Kennwort (HTTP 401).</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="428"/>
        <source>The CRM has no field %1 (it answered: %2). Add it in Sage CRM under Administration | Customization | %3 | Fields | New: a Text field with the column name %4, length 255; then run Install Scripts again.</source>
        <translation>Das CRM hat kein Feld %1 (es antwortete: %2). Legen Sie es in Sage CRM unter Administration | Anpassung | %3 | Felder | Neu an: ein Textfeld mit dem Spaltennamen %4, Länge 255; führen Sie danach „Skripte installieren“ erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="438"/>
        <source>CRM user &apos;%1&apos; may not use the REST API: %2</source>
        <translation>Der CRM-Benutzer „%1“ darf die REST-API nicht verwenden: %2</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="479"/>
        <source>The CRM answered %1 with something that is not a JSON object.</source>
        <translation>Das CRM hat %1 mit etwas beantwortet, das kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="487"/>
        <source>The CRM accepted %1 but its answer could not be read; the write is checked before it is repeated.</source>
        <translation>Das CRM hat %1 angenommen, aber seine Antwort konnte nicht gelesen werden; der Schreibvorgang wird geprüft, bevor er wiederholt wird.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="531"/>
        <source>Internal error: an invalid CRM query.</source>
        <translation>Interner Fehler: eine ungültige CRM-Abfrage.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="584"/>
        <source>Sage CRM before 2024 R2: single-condition filters; records are ordered and paged by the synchronization (count/startIndex).</source>
        <translation>Sage CRM vor 2024 R2: Filter mit einer Bedingung; die Synchronisierung sortiert und blättert die Datensätze selbst (count/startIndex).</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="588"/>
        <source>Sage CRM 2024 R2 or later: orderBy and combined filters.</source>
        <translation>Sage CRM 2024 R2 oder neuer: orderBy und kombinierte Filter.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="607"/>
        <source>CRM accepted the logon &apos;%1&apos; but lists no user with it.</source>
        <translation>Das CRM hat die Anmeldung „%1“ akzeptiert, führt aber keinen Benutzer damit.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="675"/>
        <source>$prototypes/%1 lists its fields in a shape this version does not know</source>
        <translation>$prototypes/%1 listet seine Felder in einer Form, die diese Version nicht kennt</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="680"/>
        <source>the CRM has no $prototypes/%1 (HTTP %2)</source>
        <translation>das CRM hat kein $prototypes/%1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="702"/>
        <source>%1; no %2 record exists to show its fields</source>
        <translation>%1; es gibt keinen %2-Datensatz, der seine Felder zeigen könnte</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="704"/>
        <source>%1; checked on a %2 record instead</source>
        <translation>%1; stattdessen an einem %2-Datensatz geprüft</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="754"/>
        <source>&apos;%1&apos; is not a CRM user id.</source>
        <translation>„%1“ ist keine CRM-Benutzer-ID.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="772"/>
        <source>A CRM user needs a logon.</source>
        <translation>Ein CRM-Benutzer benötigt einen Anmeldenamen.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="794"/>
        <source>The CRM already has a user with the logon &apos;%1&apos;.</source>
        <translation>Das CRM hat bereits einen Benutzer mit dem Anmeldenamen „%1“.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="808"/>
        <source>An appointment needs a valid start and an end not before it.</source>
        <translation>Ein Termin benötigt einen gültigen Beginn und ein Ende, das nicht davor liegt.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="838"/>
        <source>An appointment update needs a CRM id, a start and an end.</source>
        <translation>Eine Terminaktualisierung benötigt eine CRM-ID, einen Beginn und ein Ende.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="843"/>
        <source>A reminder needs the appointment&apos;s start.</source>
        <translation>Eine Erinnerung braucht den Beginn des Termins.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="870"/>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="898"/>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="934"/>
        <source>&apos;%1&apos; is not a CRM appointment id.</source>
        <translation>„%1“ ist keine ID eines CRM-Termins.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="915"/>
        <source>CRM communication %1 is a %2, not an appointment.</source>
        <translation>CRM-Kommunikation %1 ist vom Typ %2, kein Termin.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="990"/>
        <source>No Exchange id to look for.</source>
        <translation>Keine Exchange-ID zum Suchen.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="1093"/>
        <source>&apos;%1&apos; is not a CRM id.</source>
        <translation>„%1“ ist keine CRM-ID.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="1101"/>
        <source>No CRM appointment id.</source>
        <translation>Keine ID eines CRM-Termins.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="1311"/>
        <source>The CRM sent %1 with Comm_UpdatedDate %2 when asked for %3.</source>
        <translation>Das CRM hat %1 mit Comm_UpdatedDate %2 gesendet, obwohl %3 angefragt war.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::EwsAutodiscover</name>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="135"/>
        <source>The answer is not an Autodiscover document (&lt;%1&gt;).</source>
        <translation>Die Antwort ist kein Autodiscover-Dokument (&lt;%1&gt;).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="139"/>
        <source>The Autodiscover answer has no Response.</source>
        <translation>Die Autodiscover-Antwort hat keine Response.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="151"/>
        <source>The Autodiscover answer has neither Account nor Error.</source>
        <translation>Die Autodiscover-Antwort hat weder Account noch Error.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="161"/>
        <source>The Autodiscover answer says %1 but names no target.</source>
        <translation>Die Autodiscover-Antwort meldet %1, nennt aber kein Ziel.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="165"/>
        <source>The Autodiscover answer has the unknown Action &apos;%1&apos;.</source>
        <translation>Die Autodiscover-Antwort hat die unbekannte Action „%1“.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="181"/>
        <source>The Autodiscover answer names no EWS URL (EwsUrl of EXCH or EXPR).</source>
        <translation>Die Autodiscover-Antwort nennt keine EWS-URL (EwsUrl von EXCH oder EXPR).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="192"/>
        <source>Autodiscover has nowhere to ask for &apos;%1&apos;: the address has no valid domain.</source>
        <translation>Autodiscover weiß nicht, wo es nach „%1“ fragen soll: die Adresse hat keine gültige Domäne.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="227"/>
        <source>No Autodiscover endpoint answered.</source>
        <translation>Kein Autodiscover-Endpunkt hat geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="228"/>
        <source>Autodiscover found no EWS URL for %1: %2</source>
        <translation>Autodiscover hat keine EWS-URL für %1 gefunden: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="258"/>
        <source>the server answered: %1</source>
        <translation>der Server hat geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="264"/>
        <source>it names the EWS URL %1, which is not reached over https from an https answer; the password is not sent there (set the EWS URL if it is right)</source>
        <translation>sie nennt die EWS-URL %1, die aus einer https-Antwort heraus nicht über https erreicht wird; das Kennwort wird nicht dorthin gesendet (setzen Sie die EWS-URL, wenn sie stimmt)</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="286"/>
        <source>more than %1 Autodiscover redirects; not followed further</source>
        <translation>mehr als %1 Autodiscover-Umleitungen; es wird nicht weiter gefolgt</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="293"/>
        <source>it redirects to &apos;%1&apos;, which is not an e-mail address</source>
        <translation>sie leitet nach „%1“ um, das keine E-Mail-Adresse ist</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="308"/>
        <source>it redirects to %1, which is not an https URL named by an https answer; not followed, so that the password stays in the organisation</source>
        <translation>sie leitet nach %1 um, das keine von einer https-Antwort genannte https-URL ist; nicht gefolgt, damit das Kennwort in der Organisation bleibt</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::EwsConnector</name>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="254"/>
        <source>The Exchange server %1 refused the account %2 (HTTP 401): check the NT Domain\Account and its password; the account may also be locked or its password expired.</source>
        <translation>Der Exchange-Server %1 hat das Konto %2 abgelehnt (HTTP 401): Prüfen Sie NT-Domäne\Konto und das Kennwort; das Konto kann auch gesperrt oder sein Kennwort abgelaufen sein.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="258"/>
        <source>The Exchange server %1 refused the account %2 access to EWS (HTTP 403).</source>
        <translation>Der Exchange-Server %1 hat dem Konto %2 den Zugriff auf EWS verweigert (HTTP 403).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="270"/>
        <source>The Exchange server %1 answered %2 with its error page instead of EWS (the front end redirects there when the mailbox server behind it fails); it is tried again later.</source>
        <translation>Der Exchange-Server %1 hat auf %2 mit seiner Fehlerseite statt mit EWS geantwortet (das Front-End leitet dorthin um, wenn der Postfachserver dahinter ausfällt); es wird später erneut versucht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="312"/>
        <source>(gave up after %n attempts)</source>
        <translation>
            <numerusform>(nach %n Versuch aufgegeben)</numerusform>
            <numerusform>(nach %n Versuchen aufgegeben)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="392"/>
        <source>EWS answered GetItem for %1 items with %2 response messages.</source>
        <translation>EWS hat GetItem für %1 Elemente mit %2 Antwortnachrichten beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="409"/>
        <source>EWS answered GetItem for item %1 without the item.</source>
        <translation>EWS hat GetItem für Element %1 ohne das Element beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="413"/>
        <source>EWS item %1 is a %2, not a calendar item.</source>
        <translation>EWS-Element %1 ist ein(e) %2, kein Kalenderelement.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="469"/>
        <source>EWS answered GetItem for %1 recurring masters with %2 response messages.</source>
        <translation>EWS hat GetItem für %1 Serienmaster mit %2 Antwortnachrichten beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="510"/>
        <source>The series master of EWS occurrence %1 could not be read.</source>
        <translation>Der Serienmaster des EWS-Vorkommens %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="520"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1137"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1204"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1254"/>
        <source>No event id given.</source>
        <translation>Keine Ereignis-ID angegeben.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="542"/>
        <source>EWS answered GetItem for one item with %1 response messages.</source>
        <translation>EWS hat GetItem für ein Element mit %1 Antwortnachrichten beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="554"/>
        <source>EWS returned item %1 without ChangeKey.</source>
        <translation>EWS hat Element %1 ohne ChangeKey geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="589"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="780"/>
        <source>EWS answered SyncFolderItems with %1 response messages.</source>
        <translation>EWS hat SyncFolderItems mit %1 Antwortnachrichten beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="599"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="797"/>
        <source>EWS answered SyncFolderItems for %1 without SyncState or IncludesLastItemInRange.</source>
        <translation>EWS hat SyncFolderItems für %1 ohne SyncState oder IncludesLastItemInRange beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="650"/>
        <source>EWS answered FindItem with %1 response messages.</source>
        <translation>EWS hat FindItem mit %1 Antwortnachrichten beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="659"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1354"/>
        <source>EWS answered FindItem for %1 without RootFolder.</source>
        <translation>EWS hat FindItem für %1 ohne RootFolder beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="666"/>
        <source>The calendar of %1 holds more items in one hour (from %2) than EWS returns at once.</source>
        <translation>Der Kalender von %1 enthält in einer Stunde (ab %2) mehr Elemente, als EWS auf einmal liefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="685"/>
        <source>EWS answered FindItem for %1 with an item without ItemId.</source>
        <translation>EWS hat FindItem für %1 mit einem Element ohne ItemId beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="701"/>
        <source>The sync window is empty.</source>
        <translation>Der Synchronisierungszeitraum ist leer.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="703"/>
        <source>No mailbox given.</source>
        <translation>Kein Postfach angegeben.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="817"/>
        <source>EWS reported a %1 change in the calendar of %2 without ItemId.</source>
        <translation>EWS hat eine Änderung (%1) im Kalender von %2 ohne ItemId gemeldet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="880"/>
        <source>EWS returned recurring master %1 without UID: its occurrences cannot be found.</source>
        <translation>EWS hat den Serienmaster %1 ohne UID geliefert: Seine Vorkommen können nicht gefunden werden.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="891"/>
        <source>The series master of EWS %1 %2 could not be read.</source>
        <translation>Der Serienmaster des EWS-Elements %1 %2 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1042"/>
        <source>EWS answered the search for transaction %1 in %2 without the items.</source>
        <translation>EWS hat die Suche nach Transaktion %1 in %2 ohne die Elemente beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1050"/>
        <source>EWS answered the search for transaction %1 in %2 with an item without ItemId.</source>
        <translation>EWS hat die Suche nach Transaktion %1 in %2 mit einem Element ohne ItemId beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1096"/>
        <source>EWS created the event but answered without its ItemId; it is looked for before it is created again.</source>
        <translation>EWS hat das Ereignis angelegt, aber ohne seine ItemId geantwortet; es wird gesucht, bevor es erneut angelegt wird.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1242"/>
        <source>Event %1 changed in Exchange since it was read; it is not deleted.</source>
        <translation>Ereignis %1 wurde in Exchange geändert, seit es gelesen wurde; es wird nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1287"/>
        <source>EWS answered CreateItem (cancel) with %1 response messages.</source>
        <translation>EWS hat CreateItem (Absage) mit %1 Antwortnachrichten beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1303"/>
        <source>The range to look at is empty.</source>
        <translation>Der zu prüfende Zeitraum ist leer.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1346"/>
        <source>Check that %1 is a mailbox on this server and that the account may open its calendar (impersonation, or delegate rights when impersonation is off).</source>
        <translation>Prüfen Sie, ob %1 ein Postfach auf diesem Server ist und ob das Konto seinen Kalender öffnen darf (Identitätswechsel oder Stellvertreterrechte, wenn der Identitätswechsel aus ist).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsPush.cpp" line="22"/>
        <source>The EWS push subscription %1 is not held any more.</source>
        <translation>Das EWS-Push-Abonnement %1 besteht nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsPush.cpp" line="88"/>
        <source>EWS answered Subscribe without SubscriptionId.</source>
        <translation>EWS hat Subscribe ohne SubscriptionId beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsPush.cpp" line="108"/>
        <source>A push subscription needs a mailbox and the listener&apos;s http(s) URL.</source>
        <translation>Ein Push-Abonnement braucht ein Postfach und die http(s)-URL des Empfängers.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsPush.cpp" line="232"/>
        <source>An EWS SendNotification without Notification/SubscriptionId.</source>
        <translation>Eine EWS-SendNotification ohne Notification/SubscriptionId.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsUsers.cpp" line="21"/>
        <source>Exchange Server (EWS) has no directory listing: its users are resolved one by one (by e-mail address, alias, then name) when CRM users are linked.</source>
        <translation>Exchange Server (EWS) hat keine Verzeichnisliste: Seine Benutzer werden einzeln aufgelöst (nach E-Mail-Adresse, Alias, dann Name), wenn CRM-Benutzer verknüpft werden.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsUsers.cpp" line="68"/>
        <source>A user is resolved by e-mail address, alias or first and last name; none was given.</source>
        <translation>Ein Benutzer wird nach E-Mail-Adresse, Alias oder Vor- und Nachname aufgelöst; nichts davon wurde angegeben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/ews/EwsUsers.cpp" line="81"/>
        <source>&quot;%1&quot; matches %n Exchange mailboxes: %2.</source>
        <translation>
            <numerusform>„%1“ passt auf %n Exchange-Postfach: %2.</numerusform>
            <numerusform>„%1“ passt auf %n Exchange-Postfächer: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsUsers.cpp" line="175"/>
        <source>No Exchange mailbox matches %1.</source>
        <translation>Kein Exchange-Postfach passt auf %1.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::ExchangeConnector</name>
    <message>
        <location filename="../core/exchange/ExchangeConnector.cpp" line="31"/>
        <source>this Exchange server does not push notifications in this form</source>
        <translation>dieser Exchange-Server sendet keine Benachrichtigungen in dieser Form</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphBatchWriter</name>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="115"/>
        <source>No mailbox given for the batch.</source>
        <translation>Für den Batch wurde kein Postfach angegeben.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="131"/>
        <source>No event id given.</source>
        <translation>Keine Termin-ID angegeben.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="245"/>
        <source>Graph answered a $batch request without a &quot;responses&quot; list.</source>
        <translation>Graph hat eine $batch-Anfrage ohne Liste „responses“ beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="259"/>
        <source>Graph&apos;s $batch answer has no response for request %1.</source>
        <translation>Die $batch-Antwort von Graph enthält keine Antwort für Anfrage %1.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="275"/>
        <source>Graph answered $batch request %1 without a valid status.</source>
        <translation>Graph hat die $batch-Anfrage %1 ohne gültigen Status beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="304"/>
        <source>Graph answered $batch request %1 with HTTP %2 but without the event.</source>
        <translation>Graph hat die $batch-Anfrage %1 mit HTTP %2 beantwortet, aber ohne den Termin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="355"/>
        <source>(gave up after %n attempts)</source>
        <translation>
            <numerusform>(nach %n Versuch aufgegeben)</numerusform>
            <numerusform>(nach %n Versuchen aufgegeben)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="380"/>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphCalendarProbe</name>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="38"/>
        <source>the calendar of %1 answered with something that is not a calendar view</source>
        <translation>der Kalender von %1 hat mit etwas geantwortet, das keine Kalenderansicht ist</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="56"/>
        <source>the mailbox is inactive, soft-deleted or hosted on-premises</source>
        <translation>das Postfach ist inaktiv, vorläufig gelöscht oder lokal gehostet</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="58"/>
        <source>access denied: the app registration needs Calendars.ReadWrite with admin consent, and an application access policy must include this mailbox</source>
        <translation>Zugriff verweigert: Die App-Registrierung braucht Calendars.ReadWrite mit Administratorzustimmung, und eine Anwendungszugriffsrichtlinie muss dieses Postfach einschließen</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="62"/>
        <source>there is no such mailbox</source>
        <translation>dieses Postfach gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="64"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="75"/>
        <source>A calendar probe needs a mailbox and a time range.</source>
        <translation>Eine Kalenderprüfung braucht ein Postfach und einen Zeitraum.</translation>
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
        <translation>Graph hat eine Benutzerseite ohne „value“ geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="236"/>
        <source>Graph answered an unusable @odata.nextLink for users.</source>
        <translation>Graph hat einen unbrauchbaren @odata.nextLink für Benutzer geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="248"/>
        <source>Graph returned a user without id (%1).</source>
        <translation>Graph hat einen Benutzer ohne ID geliefert (%1).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="250"/>
        <source>Graph returned user %1 without userPrincipalName.</source>
        <translation>Graph hat den Benutzer %1 ohne userPrincipalName geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="258"/>
        <source>Graph returned user %1 with a non-boolean accountEnabled.</source>
        <translation>Graph hat den Benutzer %1 mit einem nicht booleschen accountEnabled geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="290"/>
        <source>Graph returned an unreadable %1 &quot;%2&quot; for item %3.</source>
        <translation>Graph hat für Element %3 ein unlesbares %1 „%2“ geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="299"/>
        <source>Graph returned item %1 without %2.</source>
        <translation>Graph hat Element %1 ohne %2 geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="305"/>
        <source>Graph returned item %1 with an unknown time zone &quot;%2&quot; in %3.</source>
        <translation>Graph hat Element %1 mit einer unbekannten Zeitzone „%2“ in %3 geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="310"/>
        <source>Graph returned item %1 with %2 in UTC but labelled &quot;%3&quot;.</source>
        <translation>Graph hat Element %1 mit %2 in UTC, aber mit der Bezeichnung „%3“ geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="319"/>
        <source>Graph returned item %1 with %2 %3 that does not exist in %4.</source>
        <translation>Graph hat Element %1 mit %2 %3 geliefert, das in %4 nicht existiert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="331"/>
        <source>Graph returned an event without id (subject &quot;%1&quot;).</source>
        <translation>Graph hat einen Termin ohne ID geliefert (Betreff „%1“).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="342"/>
        <source>Graph returned %1 %2 without seriesMasterId.</source>
        <translation>Graph hat %1 %2 ohne seriesMasterId geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="363"/>
        <source>Graph returned item %1 ending before it starts.</source>
        <translation>Graph hat Element %1 geliefert, das endet, bevor es beginnt.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="396"/>
        <source>Graph returned item %1 with an unreadable reminderMinutesBeforeStart.</source>
        <translation>Graph hat Element %1 mit einem unlesbaren reminderMinutesBeforeStart geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="408"/>
        <source>Graph returned item %1 with an attendee without address.</source>
        <translation>Graph hat Element %1 mit einem Teilnehmer ohne Adresse geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="426"/>
        <source>Unknown time zone &quot;%1&quot; for event &quot;%2&quot;.</source>
        <translation>Unbekannte Zeitzone „%1“ für den Termin „%2“.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="429"/>
        <source>Event &quot;%1&quot; needs a valid start before its end.</source>
        <translation>Der Termin „%1“ benötigt einen gültigen Beginn vor seinem Ende.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="492"/>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="650"/>
        <source>No event id given.</source>
        <translation>Keine Termin-ID angegeben.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="521"/>
        <source>The sync window is empty.</source>
        <translation>Der Synchronisierungszeitraum ist leer.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="534"/>
        <source>The stored change cursor of %1 is not a link to %2.</source>
        <translation>Der gespeicherte Änderungscursor von %1 ist kein Link zu %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="557"/>
        <source>Graph answered a calendarView/delta page for %1 without &quot;value&quot;.</source>
        <translation>Graph hat eine calendarView/delta-Seite für %1 ohne „value“ geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="565"/>
        <source>Graph answered a calendarView/delta page for %1 without a usable @odata.nextLink or @odata.deltaLink.</source>
        <translation>Graph hat eine calendarView/delta-Seite für %1 ohne brauchbaren @odata.nextLink oder @odata.deltaLink geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="595"/>
        <source>%1: moving the stored Outlook ids to immutable ids failed: %2</source>
        <translation>%1: Die Umstellung der gespeicherten Outlook-IDs auf unveränderliche IDs ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="639"/>
        <source>The answer to creating the event could not be read (%1); the event may exist, so it is looked for before it is created again.</source>
        <translation>Die Antwort auf das Anlegen des Ereignisses konnte nicht gelesen werden (%1); das Ereignis kann existieren, daher wird es gesucht, bevor es erneut angelegt wird.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="679"/>
        <source>No mailbox given.</source>
        <translation>Kein Postfach angegeben.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="682"/>
        <source>translateExchangeIds takes 1 to %1 ids, not %2.</source>
        <translation>translateExchangeIds nimmt 1 bis %1 IDs an, nicht %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="687"/>
        <source>An empty id cannot be translated.</source>
        <translation>Eine leere ID kann nicht übersetzt werden.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="711"/>
        <source>Graph answered translateExchangeIds without &quot;value&quot;.</source>
        <translation>Graph hat translateExchangeIds ohne „value“ beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="719"/>
        <source>Graph&apos;s translateExchangeIds answer names an id that was not asked for (%1).</source>
        <translation>Die translateExchangeIds-Antwort von Graph nennt eine ID, nach der nicht gefragt wurde (%1).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="730"/>
        <source>Graph&apos;s translateExchangeIds answer for %1 has neither targetId nor errorDetails.</source>
        <translation>Die translateExchangeIds-Antwort von Graph für %1 hat weder targetId noch errorDetails.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphDeltaReader</name>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="135"/>
        <source>The delta window is empty.</source>
        <translation>Das Delta-Zeitfenster ist leer.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="198"/>
        <source>Graph answered a calendarView/delta page for %1 without &quot;value&quot;.</source>
        <translation>Graph hat eine calendarView/delta-Seite für %1 ohne „value“ geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="209"/>
        <source>Graph answered a calendarView/delta page for %1 without a usable @odata.nextLink or @odata.deltaLink.</source>
        <translation>Graph hat eine calendarView/delta-Seite für %1 ohne verwendbaren @odata.nextLink oder @odata.deltaLink geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="228"/>
        <source>The delta round was stopped.</source>
        <translation>Die Delta-Runde wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphIdMigration</name>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="25"/>
        <source>journal: %1: %2</source>
        <translation>Journal: %1: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="115"/>
        <source>reading the id format of %1</source>
        <translation>Lesen des ID-Formats von %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="132"/>
        <source>reading the stored ids of %1</source>
        <translation>Lesen der gespeicherten IDs von %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="147"/>
        <source>storing the immutable ids of %1</source>
        <translation>Speichern der unveränderlichen IDs von %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="196"/>
        <source>%1 already has a row under the immutable id %2</source>
        <translation>%1 hat bereits eine Zeile unter der unveränderlichen ID %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="272"/>
        <source>No journal or Graph connection to migrate ids with.</source>
        <translation>Kein Journal und keine Graph-Verbindung, mit denen IDs migriert werden könnten.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="274"/>
        <source>No mailbox given.</source>
        <translation>Kein Postfach angegeben.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="340"/>
        <source>translateExchangeIds did not answer for it</source>
        <translation>translateExchangeIds hat dafür nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="385"/>
        <source>Graph answered the read of %1 without an id.</source>
        <translation>Graph hat das Lesen von %1 ohne ID beantwortet.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphSubscriptions</name>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="107"/>
        <source>Graph&apos;s subscription answer is not a JSON object (%1).</source>
        <translation>Die Abonnementantwort von Graph ist kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="124"/>
        <source>Graph&apos;s subscription answer has no id.</source>
        <translation>Die Abonnementantwort von Graph hat keine ID.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="128"/>
        <source>Graph&apos;s answer for subscription %1 has no valid expirationDateTime (&apos;%2&apos;).</source>
        <translation>Die Antwort von Graph für Abonnement %1 hat keine gültige expirationDateTime („%2“).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="139"/>
        <source>Graph could not reach the listener at %1 to validate the subscription: %2</source>
        <translation>Graph konnte den Empfänger unter %1 nicht erreichen, um das Abonnement zu validieren: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="150"/>
        <source>no mailbox given</source>
        <translation>kein Postfach angegeben</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="153"/>
        <source>the notification URL &apos;%1&apos; is not a URL</source>
        <translation>die Benachrichtigungs-URL „%1“ ist keine URL</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="155"/>
        <source>the client state is longer than Graph&apos;s 128 characters</source>
        <translation>der Client-Status ist länger als die 128 Zeichen von Graph</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="157"/>
        <source>no expiration given</source>
        <translation>kein Ablauf angegeben</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="161"/>
        <source>Cannot subscribe to %1: %2.</source>
        <translation>%1 kann nicht abonniert werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="180"/>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="218"/>
        <source>No subscription id given.</source>
        <translation>Keine Abonnement-ID angegeben.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="197"/>
        <source>A renewal needs a subscription id and an expiration.</source>
        <translation>Eine Erneuerung braucht eine Abonnement-ID und einen Ablauf.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::ews</name>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="163"/>
        <source>EWS returned item %1 with a %2 without Mailbox.</source>
        <translation>EWS hat Element %1 mit einem %2 ohne Mailbox geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsXml.cpp" line="70"/>
        <source>The EWS answer is nested deeper than %1 levels.</source>
        <translation>Die EWS-Antwort ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsXml.cpp" line="86"/>
        <source>The EWS answer is not well-formed XML (line %1, column %2: %3).</source>
        <translation>Die EWS-Antwort ist kein wohlgeformtes XML (Zeile %1, Spalte %2: %3).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsXml.cpp" line="92"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::ews::EwsCalendarItem</name>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="72"/>
        <source>Unknown time zone &quot;%1&quot; for event &quot;%2&quot;.</source>
        <translation>Unbekannte Zeitzone „%1“ für Ereignis „%2“.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="77"/>
        <source>Event &quot;%1&quot; needs a valid start before its end.</source>
        <translation>Ereignis „%1“ braucht einen gültigen Beginn vor seinem Ende.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="82"/>
        <source>Event &quot;%1&quot; has a negative reminder time.</source>
        <translation>Ereignis „%1“ hat eine negative Erinnerungszeit.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="88"/>
        <source>Event &quot;%1&quot; has an attendee without address.</source>
        <translation>Ereignis „%1“ hat einen Teilnehmer ohne Adresse.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="94"/>
        <source>Event &quot;%1&quot; has an attendee of unknown type &quot;%2&quot;.</source>
        <translation>Ereignis „%1“ hat einen Teilnehmer unbekannten Typs „%2“.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="214"/>
        <source>EWS returned an unreadable %1 &quot;%2&quot; for item %3.</source>
        <translation>EWS hat für Element %3 ein unlesbares %1 „%2“ geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="230"/>
        <source>EWS returned item %1 with %2 &quot;%3&quot;, not a boolean.</source>
        <translation>EWS hat Element %1 mit %2 „%3“ geliefert, das kein Boolescher Wert ist.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="264"/>
        <source>EWS returned a calendar item without ItemId (subject &quot;%1&quot;).</source>
        <translation>EWS hat ein Kalenderelement ohne ItemId geliefert (Betreff „%1“).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="269"/>
        <source>EWS returned item %1 without ChangeKey.</source>
        <translation>EWS hat Element %1 ohne ChangeKey geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="275"/>
        <source>EWS returned item %1 with an unknown Sensitivity &quot;%2&quot;.</source>
        <translation>EWS hat Element %1 mit unbekannter Sensitivity „%2“ geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="308"/>
        <source>EWS returned item %1 with an unreadable ReminderMinutesBeforeStart.</source>
        <translation>EWS hat Element %1 mit unlesbarem ReminderMinutesBeforeStart geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="330"/>
        <source>EWS returned item %1 without %2.</source>
        <translation>EWS hat Element %1 ohne %2 geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="337"/>
        <source>EWS returned item %1 ending before it starts.</source>
        <translation>EWS hat Element %1 geliefert, das vor seinem Beginn endet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="359"/>
        <source>EWS returned item %1 with an unknown CalendarItemType &quot;%2&quot;.</source>
        <translation>EWS hat Element %1 mit unbekanntem CalendarItemType „%2“ geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="365"/>
        <source>EWS returned item %1 with an unknown MyResponseType &quot;%2&quot;.</source>
        <translation>EWS hat Element %1 mit unbekanntem MyResponseType „%2“ geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="394"/>
        <source>EWS returned item %1 with an attendee without EmailAddress.</source>
        <translation>EWS hat Element %1 mit einem Teilnehmer ohne EmailAddress geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="401"/>
        <source>EWS returned item %1 with an unknown attendee ResponseType &quot;%2&quot;.</source>
        <translation>EWS hat Element %1 mit unbekanntem Teilnehmer-ResponseType „%2“ geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="412"/>
        <source>EWS returned item %1 with an unknown time zone &quot;%2&quot;.</source>
        <translation>EWS hat Element %1 mit unbekannter Zeitzone „%2“ geliefert.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::ews::EwsResponse</name>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="97"/>
        <source>The EWS server answered %1 with HTTP %2 and no SOAP message.</source>
        <translation>Der EWS-Server hat %1 mit HTTP %2 und ohne SOAP-Nachricht beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="101"/>
        <source>The EWS answer to %1 could not be read: %2</source>
        <translation>Die EWS-Antwort auf %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="139"/>
        <source>The EWS answer to %1 has no response messages (HTTP %2).</source>
        <translation>Die EWS-Antwort auf %1 enthält keine Antwortnachrichten (HTTP %2).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="151"/>
        <source>The EWS answer to %1 has a response message with ResponseClass &quot;%2&quot;.</source>
        <translation>Die EWS-Antwort auf %1 enthält eine Antwortnachricht mit ResponseClass „%2“.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="214"/>
        <source>EWS answered %1 with %2 response messages.</source>
        <translation>EWS hat %1 mit %2 Antwortnachrichten beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="230"/>
        <source>EWS %1 failed: %2.</source>
        <translation>EWS %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="231"/>
        <source>EWS %1 failed: %2 (%3).</source>
        <translation>EWS %1 fehlgeschlagen: %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="234"/>
        <source>The server asks to wait %1 s.</source>
        <translation>Der Server bittet, %1 s zu warten.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="238"/>
        <source>Give the service account the ApplicationImpersonation role, e.g. New-ManagementRoleAssignment -Name &quot;cxsync impersonation&quot; -Role ApplicationImpersonation -User &lt;service account&gt;.</source>
        <translation>Geben Sie dem Dienstkonto die Rolle ApplicationImpersonation, z. B. New-ManagementRoleAssignment -Name &quot;cxsync impersonation&quot; -Role ApplicationImpersonation -User &lt;service account&gt;.</translation>
    </message>
</context>
<context>
    <name>cxsync::health::HealthReader</name>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="349"/>
        <source>No mailbox of a CRM user &quot;%1&quot; in the journal (see cxsync users list).</source>
        <translation>Kein Postfach eines CRM-Benutzers „%1“ im Journal (siehe cxsync users list).</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="593"/>
        <source>The service has never run on this journal: changes cross only when &apos;cxsync sync&apos; runs (a scheduled task).</source>
        <translation>Der Dienst ist auf diesem Journal nie gelaufen: Änderungen werden nur übertragen, wenn „cxsync sync“ läuft (eine geplante Aufgabe).</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="598"/>
        <source>The service is not running: it was stopped on %1 at %2.</source>
        <translation>Der Dienst läuft nicht: er wurde auf %1 um %2 beendet.</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="605"/>
        <source>The service is not running: no heartbeat from %1 for %2 (crashed, killed or hung).</source>
        <translation>Der Dienst läuft nicht: kein Lebenszeichen von %1 seit %2 (abgestürzt, beendet oder hängt).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="612"/>
        <source>%n failed message(s) open for more than %1 (the oldest failed %2 ago).</source>
        <translation>
            <numerusform>%n fehlgeschlagene Nachricht ist seit mehr als %1 offen (die älteste schlug vor %2 fehl).</numerusform>
            <numerusform>%n fehlgeschlagene Nachrichten sind seit mehr als %1 offen (die älteste schlug vor %2 fehl).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="617"/>
        <source>%n failed message(s) waiting for a retry or the admin.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Nachricht wartet auf eine Wiederholung oder den Administrator.</numerusform>
            <numerusform>%n fehlgeschlagene Nachrichten warten auf eine Wiederholung oder den Administrator.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="621"/>
        <source>CRM → Exchange: 99% of changes crossed within %1, more than %2.</source>
        <translation>CRM → Exchange: 99 % der Änderungen wurden innerhalb von %1 übertragen, mehr als %2.</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="626"/>
        <source>Exchange → CRM: 99% of notifications were handled within %1, more than %2.</source>
        <translation>Exchange → CRM: 99 % der Benachrichtigungen wurden innerhalb von %1 behandelt, mehr als %2.</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="637"/>
        <source>not linked: its link is contested (see the Users page)</source>
        <translation>nicht verknüpft: seine Verknüpfung ist umstritten (siehe Seite Benutzer)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="642"/>
        <source>%n failed message(s), the oldest %1 old</source>
        <translation>
            <numerusform>%n fehlgeschlagene Nachricht, die älteste %1 alt</numerusform>
            <numerusform>%n fehlgeschlagene Nachrichten, die älteste %1 alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="647"/>
        <source>%n failed message(s) waiting</source>
        <translation>
            <numerusform>%n fehlgeschlagene Nachricht wartet</numerusform>
            <numerusform>%n fehlgeschlagene Nachrichten warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="650"/>
        <source>its change subscription failed: %1</source>
        <translation>sein Änderungsabonnement ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="654"/>
        <source>its change subscription %1</source>
        <translation>sein Änderungsabonnement %1</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="658"/>
        <source>no change subscription (Install Scripts creates it); polling covers it</source>
        <translation>kein Änderungsabonnement („Skripte installieren“ legt es an); die Abfrage deckt es ab</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="661"/>
        <source>its changes have never been read</source>
        <translation>seine Änderungen wurden nie gelesen</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="665"/>
        <location filename="../core/health/HealthReport.cpp" line="670"/>
        <source>its changes were last read %1 ago</source>
        <translation>seine Änderungen wurden zuletzt vor %1 gelesen</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="674"/>
        <source>its last canary round was %1</source>
        <translation>seine letzte Canary-Runde war %1</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="678"/>
        <source>its last canary arrived late</source>
        <translation>sein letzter Canary kam verspätet an</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="687"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="692"/>
        <source>No linked mailbox: nothing is synchronized (Sync Users With CRM links them).</source>
        <translation>Kein verknüpftes Postfach: nichts wird synchronisiert („Benutzer mit CRM synchronisieren“ verknüpft sie).</translation>
    </message>
</context>
<context>
    <name>cxsync::health::HealthReport</name>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="48"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="50"/>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="52"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="81"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="83"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="85"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="86"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxsync::net::HttpClient</name>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="304"/>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Aus %1 konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="314"/>
        <source>The pinned certificate fingerprint must be 64 hexadecimal digits (SHA-256).</source>
        <translation>Der festgelegte Zertifikat-Fingerabdruck muss aus 64 Hexadezimalziffern bestehen (SHA-256).</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="330"/>
        <source>Not an http(s) URL: %1</source>
        <translation>Keine http(s)-URL: %1</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="335"/>
        <source>The network is not available.</source>
        <translation>Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="489"/>
        <source>the server certificate (SHA-256 %1) does not match the pinned fingerprint %2</source>
        <translation>das Serverzertifikat (SHA-256 %1) stimmt nicht mit dem festgelegten Fingerabdruck %2 überein</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="548"/>
        <source>%1 redirected the request more than %2 times (the last HTTP %3 to %4); not followed further.</source>
        <translation>%1 hat die Anfrage mehr als %2-mal umgeleitet (zuletzt HTTP %3 nach %4); es wird nicht weiter gefolgt.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="554"/>
        <source>%1 answered HTTP %2, a redirect to %3. Redirects to another server, scheme or port are not followed, so that credentials never leave the configured server: enter the final address in the settings.</source>
        <translation>%1 hat mit HTTP %2 geantwortet, einer Umleitung nach %3. Umleitungen auf einen anderen Server, ein anderes Schema oder einen anderen Port werden nicht verfolgt, damit Anmeldedaten den konfigurierten Server nie verlassen: Tragen Sie die endgültige Adresse in den Einstellungen ein.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="568"/>
        <source>TLS certificate problem with %1: %2</source>
        <translation>TLS-Zertifikatproblem mit %1: %2</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="628"/>
        <source>No answer from %1 within the timeout of %2 ms.</source>
        <translation>Keine Antwort von %1 innerhalb des Zeitlimits von %2 ms.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="631"/>
        <source>The connection to %1 closed after the request was sent; it was not sent again because the server may have carried it out.</source>
        <translation>Die Verbindung zu %1 wurde nach dem Senden der Anfrage geschlossen; sie wurde nicht erneut gesendet, weil der Server sie ausgeführt haben kann.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="635"/>
        <source>Server %1 not found: check the server name.</source>
        <translation>Server %1 nicht gefunden: Prüfen Sie den Servernamen.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="638"/>
        <source>Connection to %1 failed: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/HttpClient.cpp" line="641"/>
        <source>(gave up after %n attempts)</source>
        <translation>
            <numerusform>(nach %n Versuch aufgegeben)</numerusform>
            <numerusform>(nach %n Versuchen aufgegeben)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="676"/>
        <source>Request to %1 cancelled.</source>
        <translation>Anfrage an %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="719"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="720"/>
        <source>%1 answered HTTP %2 (%3).</source>
        <translation>%1 hat mit HTTP %2 geantwortet (%3).</translation>
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
        <translation>libcurl konnte keine Übertragung starten</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="168"/>
        <source>sending the mail was cancelled</source>
        <translation>das Senden der Mail wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="172"/>
        <location filename="../core/notify/ErrorMailer.cpp" line="212"/>
        <source>the SMTP server %1 refused the login of &apos;%2&apos;: %3</source>
        <translation>der SMTP-Server %1 hat die Anmeldung von „%2“ abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="175"/>
        <source>the SMTP server &apos;%1&apos; was not found</source>
        <translation>der SMTP-Server „%1“ wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="179"/>
        <source>cannot connect to the SMTP server %1: %2</source>
        <translation>keine Verbindung zum SMTP-Server %1 möglich: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="183"/>
        <source>the SMTP server %1 did not answer within %2 seconds</source>
        <translation>der SMTP-Server %1 hat nicht innerhalb von %2 Sekunden geantwortet</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="190"/>
        <source>the SMTP server %1 does not offer STARTTLS; choose &apos;tls&apos; (port 465) or ask for STARTTLS to be enabled</source>
        <translation>der SMTP-Server %1 bietet kein STARTTLS an; wählen Sie „tls“ (Port 465) oder lassen Sie STARTTLS aktivieren</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="199"/>
        <source>TLS with the SMTP server %1 failed: %2 (trust its CA with tls/extraCaFile)</source>
        <translation>TLS mit dem SMTP-Server %1 fehlgeschlagen: %2 (vertrauen Sie seiner Zertifizierungsstelle mit tls/extraCaFile)</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="209"/>
        <source>the SMTP server %1 requires a login: set smtp/user and the smtp-password secret (%2)</source>
        <translation>der SMTP-Server %1 erfordert eine Anmeldung: Legen Sie smtp/user und das Geheimnis smtp-password fest (%2)</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="216"/>
        <source>the SMTP server %1 asks to try later: %2</source>
        <translation>der SMTP-Server %1 bittet, es später erneut zu versuchen: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="219"/>
        <source>the SMTP server %1 refused the mail: %2</source>
        <translation>der SMTP-Server %1 hat die Mail abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="222"/>
        <source>sending mail through %1 failed: %2</source>
        <translation>das Senden der Mail über %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="235"/>
        <source>%1 is not set: error e-mail cannot be sent</source>
        <translation>%1 ist nicht festgelegt: Fehler-E-Mails können nicht gesendet werden</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="250"/>
        <source>SMTP port %1 is out of range</source>
        <translation>SMTP-Port %1 liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="261"/>
        <source>%1 is not set: error e-mail needs a sender</source>
        <translation>%1 ist nicht festgelegt: Fehler-E-Mails benötigen einen Absender</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="268"/>
        <source>the SMTP password would cross the network unencrypted: choose starttls or tls for %1, or remove the SMTP user</source>
        <translation>das SMTP-Kennwort würde unverschlüsselt über das Netzwerk gehen: Wählen Sie starttls oder tls für %1, oder entfernen Sie den SMTP-Benutzer</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="289"/>
        <source>the SMTP user &apos;%1&apos; is set but no %2 is stored (cxsync secret set %3)</source>
        <translation>der SMTP-Benutzer „%1“ ist festgelegt, aber es ist kein %2 gespeichert (cxsync secret set %3)</translation>
    </message>
</context>
<context>
    <name>cxsync::notify::ErrorNotifier</name>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="122"/>
        <source>[CRM Exchange Sync] the synthetic canary was late or lost on %1</source>
        <translation>[CRM Exchange Sync] der synthetische Canary war auf %1 verspätet oder verloren</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="124"/>
        <source>[CRM Exchange Sync] %1 failed message(s), %2 parked, on %3</source>
        <translation>[CRM Exchange Sync] %1 fehlgeschlagene Nachricht(en), %2 zurückgestellt, auf %3</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="128"/>
        <source>[CRM Exchange Sync] %1 failed message(s) on %2</source>
        <translation>[CRM Exchange Sync] %1 fehlgeschlagene Nachricht(en) auf %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="132"/>
        <source>CRM Exchange Sync on %1 applied every change, but its synthetic canary was late or lost: changes are slow to cross, or do not cross at all.</source>
        <translation>CRM Exchange Sync auf %1 hat jede Änderung angewendet, aber sein synthetischer Canary war verspätet oder verloren: Änderungen werden langsam oder gar nicht übertragen.</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="137"/>
        <source>CRM Exchange Sync on %1 could not apply %2 change(s) since the last report (%3).</source>
        <translation>CRM Exchange Sync auf %1 konnte seit dem letzten Bericht (%3) %2 Änderung(en) nicht anwenden.</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="141"/>
        <source>CRM Exchange Sync on %1 could not apply %2 change(s).</source>
        <translation>CRM Exchange Sync auf %1 konnte %2 Änderung(en) nicht anwenden.</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="143"/>
        <source>By error kind:</source>
        <translation>Nach Fehlerart:</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="147"/>
        <source>By state:</source>
        <translation>Nach Status:</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="151"/>
        <source>parked: waits for you</source>
        <translation>zurückgestellt: wartet auf Sie</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="153"/>
        <source>waiting: retried automatically</source>
        <translation>wartend: wird automatisch wiederholt</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="155"/>
        <source>being retried now</source>
        <translation>wird gerade wiederholt</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="159"/>
        <source>Newest errors:</source>
        <translation>Neueste Fehler:</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="167"/>
        <source>      waiting, attempt %1, next attempt %2</source>
        <translation>      wartend, Versuch %1, nächster Versuch %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="174"/>
        <source>  ... and %1 more</source>
        <translation>  ... und %1 weitere</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="179"/>
        <source>Synthetic canary (a private test appointment written on one side and looked for on the other):</source>
        <translation>Synthetischer Canary (ein privater Testtermin, auf einer Seite geschrieben und auf der anderen gesucht):</translation>
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
        <translation>  %1  %2  %3  verspätet: nach %4 s angekommen</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="193"/>
        <source>Open messages in total: %1 (%2 parked).</source>
        <translation>Offene Nachrichten insgesamt: %1 (%2 zurückgestellt).</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="195"/>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="196"/>
        <source>  cxsync queue list            every failed message, newest first</source>
        <translation>  cxsync queue list            alle fehlgeschlagenen Nachrichten, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="197"/>
        <source>  cxsync queue show ID         one message: the change, the error, every attempt</source>
        <translation>  cxsync queue show ID         eine Nachricht: die Änderung, der Fehler, jeder Versuch</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="198"/>
        <source>  cxsync queue retry --all     retry what is waiting or parked, after fixing the cause</source>
        <translation>  cxsync queue retry --all     Wartendes oder Zurückgestelltes erneut versuchen, nachdem die Ursache behoben ist</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="199"/>
        <source>  cxsync log --since %1   what was applied</source>
        <translation>  cxsync log --since %1   was angewendet wurde</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="202"/>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/notify/ErrorNotifier.cpp" line="204"/>
        <source>At most one such mail is sent every %n minute(s).</source>
        <translation>
            <numerusform>Höchstens eine solche Mail wird jede %n Minute gesendet.</numerusform>
            <numerusform>Höchstens eine solche Mail wird alle %n Minuten gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="215"/>
        <source>[CRM Exchange Sync] Test mail from %1</source>
        <translation>[CRM Exchange Sync] Testmail von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/notify/ErrorNotifier.cpp" line="216"/>
        <source>This is a test of the error e-mail of CRM Exchange Sync on %1, sent at %2.
When changes cannot be applied, a digest like this one arrives here, at most once every %n minute(s).</source>
        <translation>
            <numerusform>Dies ist ein Test der Fehler-E-Mail von CRM Exchange Sync auf %1, gesendet um %2.
Wenn Änderungen nicht angewendet werden können, kommt hier eine Zusammenfassung wie diese an, höchstens einmal pro %n Minute.</numerusform>
            <numerusform>Dies ist ein Test der Fehler-E-Mail von CRM Exchange Sync auf %1, gesendet um %2.
Wenn Änderungen nicht angewendet werden können, kommt hier eine Zusammenfassung wie diese an, höchstens einmal alle %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="249"/>
        <source>%1 is not set: nobody to notify</source>
        <translation>%1 ist nicht festgelegt: niemand zu benachrichtigen</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="317"/>
        <source>%1 is not set: nobody to send the test mail to</source>
        <translation>%1 ist nicht festgelegt: kein Empfänger für die Testmail</translation>
    </message>
</context>
<context>
    <name>cxsync::notify::MailMessage</name>
    <message>
        <location filename="../core/notify/MailMessage.cpp" line="37"/>
        <source>the sender &apos;%1&apos; is not an e-mail address</source>
        <translation>der Absender „%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../core/notify/MailMessage.cpp" line="40"/>
        <source>the mail has no recipient</source>
        <translation>die Mail hat keinen Empfänger</translation>
    </message>
    <message>
        <location filename="../core/notify/MailMessage.cpp" line="44"/>
        <source>the recipient &apos;%1&apos; is not an e-mail address</source>
        <translation>der Empfänger „%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../core/notify/MailMessage.cpp" line="49"/>
        <source>a mail header must not contain a line break</source>
        <translation>ein Mail-Header darf keinen Zeilenumbruch enthalten</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::CrmAppointmentRetrier</name>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="48"/>
        <source>the snapshot is not a CRM appointment change</source>
        <translation>der Snapshot ist keine CRM-Terminänderung</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="55"/>
        <source>operation &apos;%1&apos; is not create, update or delete</source>
        <translation>Vorgang „%1“ ist weder create, update noch delete</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="61"/>
        <source>changedUtc is not an ISO 8601 time</source>
        <translation>changedUtc ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="67"/>
        <source>the snapshot has no appointment</source>
        <translation>der Snapshot enthält keinen Termin</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="91"/>
        <source>appointment.%1 must be text</source>
        <translation>appointment.%1 muss Text sein</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="95"/>
        <source>an %1 needs the CRM appointment id</source>
        <translation>ein %1 braucht die ID des CRM-Termins</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="103"/>
        <source>appointment.%1 is not an ISO 8601 time</source>
        <translation>appointment.%1 ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="108"/>
        <source>the appointment ends before it starts</source>
        <translation>der Termin endet vor seinem Beginn</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="112"/>
        <source>appointment.private must be true or false</source>
        <translation>appointment.private muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="119"/>
        <source>appointment.notifyMinutes must be a whole number of minutes</source>
        <translation>appointment.notifyMinutes muss eine ganze Zahl von Minuten sein</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="127"/>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="132"/>
        <source>appointment.linkedUserIds must be a list of user ids</source>
        <translation>appointment.linkedUserIds muss eine Liste von Benutzer-IDs sein</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="157"/>
        <source>the stored change cannot be applied: %1</source>
        <translation>die gespeicherte Änderung kann nicht angewendet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="187"/>
        <source>created CRM appointment %1</source>
        <translation>CRM-Termin %1 erstellt</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="202"/>
        <source>already in the CRM as appointment %1 (an earlier attempt got through)</source>
        <translation>bereits als Termin %1 im CRM (ein früherer Versuch war erfolgreich)</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="217"/>
        <source>CRM appointment %1 no longer exists; the update is dropped</source>
        <translation>CRM-Termin %1 existiert nicht mehr; die Aktualisierung wird verworfen</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="223"/>
        <source>CRM appointment %1 was deleted meanwhile; the update is dropped</source>
        <translation>CRM-Termin %1 wurde inzwischen gelöscht; die Aktualisierung wird verworfen</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="228"/>
        <source>CRM appointment %1 was changed in the CRM at %2, after this change (%3); the newer CRM version is kept</source>
        <translation>CRM-Termin %1 wurde im CRM um %2 geändert, nach dieser Änderung (%3); die neuere CRM-Version bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="237"/>
        <source>updated CRM appointment %1</source>
        <translation>CRM-Termin %1 aktualisiert</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="251"/>
        <source>CRM appointment %1 is already deleted</source>
        <translation>CRM-Termin %1 ist bereits gelöscht</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="259"/>
        <source>deleted CRM appointment %1</source>
        <translation>CRM-Termin %1 gelöscht</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::FailedMessageQueue</name>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="321"/>
        <source>parked: a %1 error does not go away by retrying; fix the cause, then retry it</source>
        <translation>zurückgestellt: ein %1-Fehler verschwindet nicht durch Wiederholen; beheben Sie die Ursache und wiederholen Sie dann</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/queue/FailedMessageQueue.cpp" line="328"/>
        <source>parked after %n failed attempt(s)</source>
        <translation>
            <numerusform>nach %n fehlgeschlagenen Versuch zurückgestellt</numerusform>
            <numerusform>nach %n fehlgeschlagenen Versuchen zurückgestellt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="433"/>
        <source>a newer change of this item (%1) replaced the queued one (%2)</source>
        <translation>eine neuere Änderung dieses Elements (%1) hat die eingereihte (%2) ersetzt</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="482"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="592"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="641"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="705"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="796"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="841"/>
        <source>cannot start a journal transaction</source>
        <translation>eine Journaltransaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/store/JournalSql.h" line="87"/>
        <source>cannot commit to the journal</source>
        <translation>das Journal kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="46"/>
        <source>The journal could not read failed message %1: %2</source>
        <translation>Das Journal konnte die fehlgeschlagene Nachricht %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="534"/>
        <source>the failed message could not be written to the journal (%1); it is kept in memory and written with the next failure or flush</source>
        <translation>die fehlgeschlagene Nachricht konnte nicht in das Journal geschrieben werden (%1); sie bleibt im Speicher und wird beim nächsten Fehler oder Leeren geschrieben</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="608"/>
        <source>failed message %1 is not waiting for a retry</source>
        <translation>die fehlgeschlagene Nachricht %1 wartet nicht auf eine Wiederholung</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="615"/>
        <source>failed message %1 does not exist</source>
        <translation>die fehlgeschlagene Nachricht %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="669"/>
        <source>failed message %1 is %2 (changed meanwhile); nothing was done</source>
        <translation>die fehlgeschlagene Nachricht %1 ist %2 (inzwischen geändert); es wurde nichts getan</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="732"/>
        <source>failed message %1 changed while it was retried; the newer state is kept</source>
        <translation>die fehlgeschlagene Nachricht %1 wurde während der Wiederholung geändert; der neuere Zustand bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="790"/>
        <source>failed message %1 is already resolved</source>
        <translation>die fehlgeschlagene Nachricht %1 ist bereits erledigt</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="792"/>
        <source>failed message %1 is being retried right now</source>
        <translation>die fehlgeschlagene Nachricht %1 wird gerade wiederholt</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="810"/>
        <source>failed message %1 cannot be retried: a newer change of the same item is queued</source>
        <translation>die fehlgeschlagene Nachricht %1 kann nicht wiederholt werden: eine neuere Änderung desselben Elements ist eingereiht</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="814"/>
        <source>retry requested by the administrator</source>
        <translation>Wiederholung vom Administrator angefordert</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="857"/>
        <source>retry of all matching messages requested by the administrator</source>
        <translation>Wiederholung aller passenden Nachrichten vom Administrator angefordert</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="1058"/>
        <source>there is no failed message %1</source>
        <translation>es gibt keine fehlgeschlagene Nachricht %1</translation>
    </message>
    <message>
        <location filename="../core/queue/QueueTypes.h" line="46"/>
        <source>a failed message event</source>
        <translation>ein Ereignis einer fehlgeschlagenen Nachricht</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::Journal</name>
    <message>
        <location filename="../core/store/JournalSql.h" line="94"/>
        <location filename="../core/store/JournalSql.h" line="102"/>
        <source>journal query failed</source>
        <translation>Journalabfrage fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::QueueExport</name>
    <message>
        <location filename="../core/queue/QueueExport.cpp" line="128"/>
        <source>&apos;%1&apos;: failed messages are exported as .xml, .json or .csv; name the file accordingly</source>
        <translation>„%1“: fehlgeschlagene Nachrichten werden als .xml, .json oder .csv exportiert; benennen Sie die Datei entsprechend</translation>
    </message>
    <message>
        <location filename="../core/queue/QueueExport.cpp" line="271"/>
        <source>the XML export could not be written</source>
        <translation>der XML-Export konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/queue/QueueExport.cpp" line="294"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::RetryDriver</name>
    <message>
        <location filename="../core/queue/RetryDriver.cpp" line="106"/>
        <source>no retrier is available for %1 %2 messages in this program</source>
        <translation>in diesem Programm ist kein Wiederholer für %1-%2-Nachrichten verfügbar</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::TransactionLog</name>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="37"/>
        <source>The journal could not read log entry %1: %2</source>
        <translation>Das Journal konnte den Protokolleintrag %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="145"/>
        <location filename="../core/queue/TransactionLog.cpp" line="147"/>
        <source>a transaction log entry needs an action and a result</source>
        <translation>ein Eintrag im Transaktionsprotokoll benötigt eine Aktion und ein Ergebnis</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="152"/>
        <source>&apos;%1&apos; is not a direction (crm_to_exchange or exchange_to_crm)</source>
        <translation>„%1“ ist keine Richtung (crm_to_exchange oder exchange_to_crm)</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="231"/>
        <source>the log retention must be at least one day</source>
        <translation>die Protokollaufbewahrung muss mindestens einen Tag betragen</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="248"/>
        <source>&apos;%1&apos;: the log is exported as .csv or .json; name the file accordingly</source>
        <translation>„%1“: das Protokoll wird als .csv oder .json exportiert; benennen Sie die Datei entsprechend</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="317"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.h" line="35"/>
        <source>a transaction log result</source>
        <translation>ein Ergebnis des Transaktionsprotokolls</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::CalendarMapping</name>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="191"/>
        <source>Accepted</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="193"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="195"/>
        <source>Tentative</source>
        <translation>Mit Vorbehalt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="197"/>
        <source>Organizer</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="198"/>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="302"/>
        <source>Exchange returned an event without an id.</source>
        <translation>Exchange hat einen Termin ohne ID geliefert.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="306"/>
        <source>Exchange event %1 has no valid start.</source>
        <translation>Der Exchange-Termin %1 hat keinen gültigen Beginn.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="309"/>
        <source>Exchange event %1 has no valid end after its start.</source>
        <translation>Der Exchange-Termin %1 hat kein gültiges Ende nach seinem Beginn.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="312"/>
        <source>Exchange event %1 has no iCalUId.</source>
        <translation>Der Exchange-Termin %1 hat keine iCalUId.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="316"/>
        <source>Exchange event %1 has an unknown time zone &quot;%2&quot;.</source>
        <translation>Der Exchange-Termin %1 hat eine unbekannte Zeitzone „%2“.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="324"/>
        <source>The CRM returned an appointment without an id.</source>
        <translation>Das CRM hat einen Termin ohne ID geliefert.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="330"/>
        <source>CRM appointment %1 has no valid start (Comm_DateTime).</source>
        <translation>Der CRM-Termin %1 hat keinen gültigen Beginn (Comm_DateTime).</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="334"/>
        <source>CRM appointment %1 has no valid end after its start (Comm_ToDateTime).</source>
        <translation>Der CRM-Termin %1 hat kein gültiges Ende nach seinem Beginn (Comm_ToDateTime).</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::CalendarPlanner</name>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="227"/>
        <source>an attendee&apos;s copy was removed</source>
        <translation>die Kopie eines Teilnehmers wurde entfernt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="229"/>
        <source>its communication is already being deleted</source>
        <translation>seine Kommunikation wird bereits gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="267"/>
        <source>deleted in Outlook, but changed in the CRM since: the CRM version is kept</source>
        <translation>in Outlook gelöscht, aber seither im CRM geändert: die CRM-Version bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="271"/>
        <source>deleted in Outlook, but changed in the CRM since: made again</source>
        <translation>in Outlook gelöscht, aber seither im CRM geändert: erneut angelegt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="235"/>
        <source>deleted in Outlook</source>
        <translation>in Outlook gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="235"/>
        <source>its series was deleted in Outlook</source>
        <translation>seine Serie wurde in Outlook gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="243"/>
        <source>deleted in another Outlook calendar</source>
        <translation>in einem anderen Outlook-Kalender gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="215"/>
        <source>removed, never synchronized (or our own delete coming back)</source>
        <translation>entfernt, nie synchronisiert (oder unsere eigene Löschung kommt zurück)</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="201"/>
        <source>a series master: its occurrences are synchronized one by one</source>
        <translation>ein Serienmaster: seine Vorkommen werden einzeln synchronisiert</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="282"/>
        <source>cancelled before it was synchronized</source>
        <translation>abgesagt, bevor es synchronisiert wurde</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="286"/>
        <source>outside the sync window</source>
        <translation>außerhalb des Synchronisierungszeitraums</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="314"/>
        <source>the meeting was cancelled by its organizer</source>
        <translation>die Besprechung wurde vom Organisator abgesagt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="313"/>
        <source>an attendee&apos;s copy: Exchange keeps it in step with the organizer&apos;s item</source>
        <translation>die Kopie eines Teilnehmers: Exchange gleicht sie mit dem Element des Organisators ab</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="373"/>
        <source>deleted in the CRM, changed in Outlook: the Outlook version is kept</source>
        <translation>im CRM gelöscht, in Outlook geändert: die Outlook-Version bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="392"/>
        <source>its CRM communication was deleted</source>
        <translation>seine CRM-Kommunikation wurde gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="333"/>
        <source>%1: CRM communication %2 is gone; the item is deleted.</source>
        <translation>%1: CRM-Kommunikation %2 existiert nicht mehr; das Element wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="162"/>
        <source>&quot;%1&quot;: a second copy of our own item for CRM communication %2 in %3; it is not imported (this profile does not write to Exchange, so it stays).</source>
        <translation>„%1“: eine zweite Kopie unseres eigenen Elements für CRM-Kommunikation %2 in %3; sie wird nicht importiert (dieses Profil schreibt nicht nach Exchange, sie bleibt also).</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="177"/>
        <source>a second copy of our own create (its write was applied twice)</source>
        <translation>eine zweite Kopie unseres eigenen Anlegens (sein Schreibvorgang wurde zweimal angewendet)</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="284"/>
        <source>a copy of a meeting that is a second copy of our own create</source>
        <translation>eine Kopie einer Besprechung, die eine zweite Kopie unseres eigenen Anlegens ist</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="327"/>
        <source>%1: CRM communication %2 is gone; the link is dropped.</source>
        <translation>%1: Die CRM-Kommunikation %2 ist nicht mehr vorhanden; die Verknüpfung wird entfernt.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="328"/>
        <source>its CRM communication is gone</source>
        <translation>seine CRM-Kommunikation existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="408"/>
        <source>attendee responses</source>
        <translation>Antworten der Teilnehmer</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="411"/>
        <source>echo of our own write</source>
        <translation>Echo unseres eigenen Schreibvorgangs</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="413"/>
        <source>nothing the CRM shows has changed</source>
        <translation>an den im CRM angezeigten Daten hat sich nichts geändert</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="427"/>
        <source>conflict: the CRM version is kept</source>
        <translation>Konflikt: die CRM-Version wird beibehalten</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="434"/>
        <source>cancelled in Outlook</source>
        <translation>in Outlook abgesagt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="434"/>
        <source>changed in Outlook</source>
        <translation>in Outlook geändert</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="457"/>
        <source>another attendee&apos;s copy of a synchronized meeting</source>
        <translation>die Kopie eines anderen Teilnehmers einer synchronisierten Besprechung</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="492"/>
        <source>created in Outlook</source>
        <translation>in Outlook erstellt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="607"/>
        <source>the Outlook item it was created for is gone; the record a lost create stored is removed</source>
        <translation>das Outlook-Element, für das er angelegt wurde, existiert nicht mehr; der Datensatz eines verlorenen Anlegens wird entfernt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="617"/>
        <source>completes the CRM create of an Outlook item, whose answer was lost</source>
        <translation>vervollständigt das Anlegen eines Outlook-Elements im CRM, dessen Antwort verloren ging</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="633"/>
        <source>&quot;%1&quot;: CRM communication %2 came from Exchange (Exchange id %3) but no synchronized Outlook item has it; it is not created in Outlook again.</source>
        <translation>„%1“: CRM-Kommunikation %2 kam aus Exchange (Exchange-ID %3), aber kein synchronisiertes Outlook-Element hat sie; sie wird nicht erneut in Outlook angelegt.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="539"/>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="544"/>
        <source>cancelled in the CRM</source>
        <translation>im CRM abgesagt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="335"/>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="390"/>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="539"/>
        <source>deleted in the CRM</source>
        <translation>im CRM gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="113"/>
        <source>&quot;%1&quot;: a second item for CRM communication %2 in one mailbox; it is left alone.</source>
        <translation>„%1“: ein zweites Element für CRM-Kommunikation %2 in einem Postfach; es wird nicht angetastet.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="134"/>
        <source>our own create of a communication deleted since</source>
        <translation>unser eigenes Anlegen einer inzwischen gelöschten Kommunikation</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="143"/>
        <source>our own create, whose answer was lost</source>
        <translation>unser eigenes Anlegen, dessen Antwort verloren ging</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="567"/>
        <source>existing CRM appointment (first synchronization)</source>
        <translation>vorhandener CRM-Termin (erste Synchronisierung)</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="574"/>
        <source>created in the CRM</source>
        <translation>im CRM erstellt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="627"/>
        <source>&quot;%1&quot;: CRM communication %2 carries the Exchange id of communication %3&apos;s meeting; it is not created in Outlook (delete it in the CRM if it is a duplicate).</source>
        <translation>„%1“: CRM-Kommunikation %2 trägt die Exchange-ID der Besprechung von Kommunikation %3; sie wird nicht in Outlook angelegt (löschen Sie sie im CRM, wenn sie ein Duplikat ist).</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="644"/>
        <source>&quot;%1&quot;: organized outside the synchronized mailboxes; CRM changes are not written to Exchange.</source>
        <translation>„%1“: außerhalb der synchronisierten Postfächer organisiert; CRM-Änderungen werden nicht nach Exchange geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="670"/>
        <source>CRM-only change</source>
        <translation>Änderung nur im CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="662"/>
        <source>changed in the CRM</source>
        <translation>im CRM geändert</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::CalendarSync</name>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="197"/>
        <source>No linked user &quot;%1&quot; (see cxsync users list).</source>
        <translation>Kein verknüpfter Benutzer „%1“ (siehe cxsync users list).</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="204"/>
        <source>Calendar synchronization needs Exchange Online (Graph); EWS is not available in this version.</source>
        <translation>Die Kalendersynchronisierung erfordert Exchange Online (Graph); EWS ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="334"/>
        <source>reading Outlook changes</source>
        <translation>Outlook-Änderungen werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="368"/>
        <source>%1: reading the calendar failed: %2</source>
        <translation>%1: Lesen des Kalenders fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="229"/>
        <source>%1: preparing the mailbox failed: %2</source>
        <translation>%1: die Vorbereitung des Postfachs ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="302"/>
        <source>finishing an interrupted write</source>
        <translation>Abschluss eines unterbrochenen Schreibvorgangs</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="374"/>
        <source>%1: the change cursor expired; the whole window is read again.</source>
        <translation>%1: der Änderungscursor ist abgelaufen; der gesamte Zeitraum wird erneut gelesen.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="429"/>
        <source>reading CRM changes</source>
        <translation>CRM-Änderungen werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="433"/>
        <source>The sync run is gone.</source>
        <translation>Der Sync-Lauf existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="447"/>
        <source>Reading CRM changes failed: %1</source>
        <translation>Lesen der CRM-Änderungen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="551"/>
        <source>planning: %1 of %n mailbox(es) read, %2 change(s) in this group</source>
        <translation>
            <numerusform>Planung: %1 von %n Postfach gelesen, %2 Änderung(en) in dieser Gruppe</numerusform>
            <numerusform>Planung: %1 von %n Postfächern gelesen, %2 Änderung(en) in dieser Gruppe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="690"/>
        <source>reading %n CRM record(s)</source>
        <translation>
            <numerusform>%n CRM-Datensatz wird gelesen</numerusform>
            <numerusform>%n CRM-Datensätze werden gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="879"/>
        <source>Changed in both the CRM and Outlook since the last sync; the %1 version is kept (%2).</source>
        <translation>Seit der letzten Synchronisierung sowohl im CRM als auch in Outlook geändert; die %1-Version wird beibehalten (%2).</translation>
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
        <translation>eine neuere Änderung des Elements wurde von einem Synchronisierungslauf angewendet</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1176"/>
        <source>the item was created after all (its answer was lost); a sync run linked it</source>
        <translation>das Element wurde doch angelegt (seine Antwort ging verloren); ein Sync-Lauf hat es verknüpft</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1181"/>
        <source>the Outlook item was deleted before its CRM record was completed; a sync run removed the record</source>
        <translation>das Outlook-Element wurde gelöscht, bevor sein CRM-Datensatz vervollständigt war; ein Sync-Lauf hat den Datensatz entfernt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1187"/>
        <source>the CRM record was stored after all (its answer was lost); a sync run completed it</source>
        <translation>der CRM-Datensatz wurde doch gespeichert (seine Antwort ging verloren); ein Sync-Lauf hat ihn vervollständigt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1201"/>
        <source>%1 &quot;%2&quot; (%3): %4</source>
        <translation>%1 „%2“ (%3): %4</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1256"/>
        <source>%1: the Outlook change to &quot;%2&quot; was not applied; it stays staged.</source>
        <translation>%1: die Outlook-Änderung an &quot;%2&quot; wurde nicht angewendet; sie bleibt vorgemerkt.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1305"/>
        <source>Outlook: created</source>
        <translation>Outlook: angelegt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1305"/>
        <source>Outlook: creating failed for</source>
        <translation>Outlook: Anlegen fehlgeschlagen für</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1308"/>
        <source>Outlook: updated</source>
        <translation>Outlook: aktualisiert</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1308"/>
        <source>Outlook: updating failed for</source>
        <translation>Outlook: Aktualisieren fehlgeschlagen für</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1311"/>
        <source>Outlook: deleted</source>
        <translation>Outlook: gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1311"/>
        <source>Outlook: deleting failed for</source>
        <translation>Outlook: Löschen fehlgeschlagen für</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1314"/>
        <source>Outlook: cancelled</source>
        <translation>Outlook: abgesagt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1314"/>
        <source>Outlook: cancelling failed for</source>
        <translation>Outlook: Absagen fehlgeschlagen für</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1317"/>
        <source>CRM: created</source>
        <translation>CRM: angelegt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1317"/>
        <source>CRM: creating failed for</source>
        <translation>CRM: Anlegen fehlgeschlagen für</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1320"/>
        <source>CRM: updated</source>
        <translation>CRM: aktualisiert</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1320"/>
        <source>CRM: updating failed for</source>
        <translation>CRM: Aktualisieren fehlgeschlagen für</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1323"/>
        <source>CRM: deleted</source>
        <translation>CRM: gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1323"/>
        <source>CRM: deleting failed for</source>
        <translation>CRM: Löschen fehlgeschlagen für</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1327"/>
        <source>linked</source>
        <translation>verknüpft</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1327"/>
        <source>linking failed for</source>
        <translation>Verknüpfen fehlgeschlagen für</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1330"/>
        <source>unlinked</source>
        <translation>Verknüpfung gelöst</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1330"/>
        <source>unlinking failed for</source>
        <translation>Lösen der Verknüpfung fehlgeschlagen für</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1336"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1337"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1343"/>
        <source>Exchange %1 created, %2 updated, %3 deleted; CRM %4 created, %5 updated, %6 deleted</source>
        <translation>Exchange: %1 erstellt, %2 aktualisiert, %3 gelöscht; CRM: %4 erstellt, %5 aktualisiert, %6 gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1351"/>
        <source>planned (nothing written): %1</source>
        <translation>geplant (nichts geschrieben): %1</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1353"/>
        <source>%1 invitation(s), %2 cancellation(s)</source>
        <translation>%1 Einladung(en), %2 Absage(n)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="1355"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="1357"/>
        <source>%n failed (in the failed-message queue)</source>
        <translation>
            <numerusform>%n fehlgeschlagen (in der Warteschlange für fehlgeschlagene Nachrichten)</numerusform>
            <numerusform>%n fehlgeschlagen (in der Warteschlange für fehlgeschlagene Nachrichten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="1359"/>
        <source>%n mailbox(es) kept by the safety stop</source>
        <translation>
            <numerusform>%n Postfach vom Sicherheitsstopp zurückgehalten</numerusform>
            <numerusform>%n Postfächer vom Sicherheitsstopp zurückgehalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1361"/>
        <source>stopped before the end</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="1362"/>
        <source>%1 (%n mailbox(es), %2 ms)</source>
        <translation>
            <numerusform>%1 (%n Postfach, %2 ms)</numerusform>
            <numerusform>%1 (%n Postfächer, %2 ms)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxsync::sync::RunStaging</name>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="21"/>
        <source>journal: %1: %2</source>
        <translation>Journal: %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="106"/>
        <location filename="../core/sync/RunStaging.cpp" line="168"/>
        <source>preparing the run&apos;s scratch tables</source>
        <translation>Vorbereiten der Arbeitstabellen des Laufs</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="174"/>
        <location filename="../core/sync/RunStaging.cpp" line="183"/>
        <location filename="../core/sync/RunStaging.cpp" line="189"/>
        <location filename="../core/sync/RunStaging.cpp" line="198"/>
        <source>staging the CRM changes</source>
        <translation>Bereitstellen der CRM-Änderungen</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="225"/>
        <location filename="../core/sync/RunStaging.cpp" line="247"/>
        <location filename="../core/sync/RunStaging.cpp" line="256"/>
        <location filename="../core/sync/RunStaging.cpp" line="271"/>
        <location filename="../core/sync/RunStaging.cpp" line="281"/>
        <location filename="../core/sync/RunStaging.cpp" line="458"/>
        <source>staging Exchange changes</source>
        <translation>Vormerken von Exchange-Änderungen</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="230"/>
        <location filename="../core/sync/RunStaging.cpp" line="443"/>
        <location filename="../core/sync/RunStaging.cpp" line="519"/>
        <location filename="../core/sync/RunStaging.cpp" line="665"/>
        <source>reading staged Exchange changes</source>
        <translation>Lesen vorgemerkter Exchange-Änderungen</translation>
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
        <translation>Gruppieren der Änderungen des Laufs</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="554"/>
        <source>reading the staged CRM changes</source>
        <translation>Lesen der bereitgestellten CRM-Änderungen</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="603"/>
        <location filename="../core/sync/RunStaging.cpp" line="617"/>
        <source>keeping the run&apos;s plan</source>
        <translation>Aufbewahren des Plans des Laufs</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="632"/>
        <location filename="../core/sync/RunStaging.cpp" line="647"/>
        <source>reading the run&apos;s plan</source>
        <translation>Lesen des Plans des Laufs</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="649"/>
        <source>journal: reading the run&apos;s plan: action %1 is missing</source>
        <translation>Journal: Lesen des Plans des Laufs: Aktion %1 fehlt</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::SyncActionRetrier</name>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="76"/>
        <source>the snapshot is not a calendar sync write</source>
        <translation>der Snapshot ist kein Schreibvorgang der Kalendersynchronisierung</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="79"/>
        <source>the snapshot has no action</source>
        <translation>der Snapshot enthält keine Aktion</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="88"/>
        <source>action.kind &apos;%1&apos; is not a known write</source>
        <translation>action.kind &apos;%1&apos; ist kein bekannter Schreibvorgang</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="94"/>
        <source>a %1 needs action.%2</source>
        <translation>für %1 wird action.%2 benötigt</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="217"/>
        <source>the stored change cannot be applied: %1</source>
        <translation>die gespeicherte Änderung kann nicht angewendet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="224"/>
        <source>CRM to Exchange synchronization is switched off</source>
        <translation>die Synchronisierung von CRM nach Exchange ist deaktiviert</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="229"/>
        <source>Exchange to CRM synchronization is switched off</source>
        <translation>die Synchronisierung von Exchange nach CRM ist deaktiviert</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="234"/>
        <source>Calendar synchronization needs Exchange Online (Graph).</source>
        <translation>Die Kalendersynchronisierung erfordert Exchange Online (Graph).</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="251"/>
        <source>CRM appointment %1 was deleted meanwhile; nothing is created in %2</source>
        <translation>CRM-Termin %1 wurde inzwischen gelöscht; in %2 wird nichts erstellt</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="265"/>
        <source>CRM appointment %1 is in the mailbox already; its Exchange id is recorded in the CRM</source>
        <translation>CRM-Termin %1 ist bereits im Postfach; seine Exchange-ID ist im CRM erfasst</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="271"/>
        <source>created &quot;%1&quot; in %2</source>
        <translation>&quot;%1&quot; in %2 erstellt</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="282"/>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="350"/>
        <source>CRM appointment %1 was deleted meanwhile; the update is dropped</source>
        <translation>CRM-Termin %1 wurde inzwischen gelöscht; die Aktualisierung wird verworfen</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="286"/>
        <source>CRM appointment %1 was changed again at %2; the newer version follows through the sync</source>
        <translation>CRM-Termin %1 wurde um %2 erneut geändert; die neuere Version wird über die Synchronisierung übernommen</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="293"/>
        <source>the Outlook item of CRM appointment %1 is no longer linked; the update is dropped</source>
        <translation>das Outlook-Element des CRM-Termins %1 ist nicht mehr verknüpft; die Aktualisierung wird verworfen</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="296"/>
        <source>updated &quot;%1&quot; in %2</source>
        <translation>&quot;%1&quot; in %2 aktualisiert</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="306"/>
        <source>the Outlook item is no longer linked (already removed)</source>
        <translation>das Outlook-Element ist nicht mehr verknüpft (bereits entfernt)</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="309"/>
        <source>cancelled &quot;%1&quot; in %2</source>
        <translation>&quot;%1&quot; in %2 abgesagt</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="310"/>
        <source>deleted &quot;%1&quot; from %2</source>
        <translation>&quot;%1&quot; aus %2 gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="376"/>
        <source>the Outlook item &quot;%1&quot; was deleted or cancelled meanwhile; nothing is created in the CRM</source>
        <translation>das Outlook-Element „%1“ wurde inzwischen gelöscht oder abgesagt; im CRM wird nichts angelegt</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="401"/>
        <source>%1; CRM communication %2, which an earlier attempt had stored, is removed</source>
        <translation>%1; CRM-Kommunikation %2, die ein früherer Versuch gespeichert hatte, wird entfernt</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="338"/>
        <source>created &quot;%1&quot; in the CRM</source>
        <translation>&quot;%1&quot; im CRM erstellt</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="356"/>
        <source>CRM appointment %1 was changed in the CRM at %2, after this change; the newer CRM version is kept</source>
        <translation>CRM-Termin %1 wurde um %2 im CRM geändert, nach dieser Änderung; die neuere CRM-Version wird beibehalten</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="359"/>
        <source>updated CRM appointment %1</source>
        <translation>CRM-Termin %1 aktualisiert</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="363"/>
        <source>deleted CRM appointment %1</source>
        <translation>CRM-Termin %1 gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="367"/>
        <source>journal link of &quot;%1&quot; recorded</source>
        <translation>Journal-Verknüpfung von &quot;%1&quot; erfasst</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::SyncJournal</name>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="38"/>
        <source>journal: %1: %2</source>
        <translation>Journal: %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="121"/>
        <location filename="../core/sync/SyncJournal.cpp" line="133"/>
        <location filename="../core/sync/SyncJournal.cpp" line="144"/>
        <location filename="../core/sync/SyncJournal.cpp" line="156"/>
        <source>reading item links</source>
        <translation>Lesen der Elementverknüpfungen</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="162"/>
        <location filename="../core/sync/SyncJournal.cpp" line="189"/>
        <source>saving an item link</source>
        <translation>Speichern einer Elementverknüpfung</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="201"/>
        <source>removing an item link</source>
        <translation>Entfernen einer Elementverknüpfung</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="211"/>
        <source>removing item links</source>
        <translation>Entfernen von Elementverknüpfungen</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="230"/>
        <source>reading the change cursor of %1</source>
        <translation>Lesen des Änderungscursors von %1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="253"/>
        <source>clearing the change cursor of %1</source>
        <translation>Löschen des Änderungscursors von %1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="261"/>
        <location filename="../core/sync/SyncJournal.cpp" line="293"/>
        <location filename="../core/sync/SyncJournal.cpp" line="302"/>
        <source>staging Exchange changes</source>
        <translation>Vormerken von Exchange-Änderungen</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="268"/>
        <location filename="../core/sync/SyncJournal.cpp" line="279"/>
        <source>moving the change cursor of %1</source>
        <translation>Verschieben des Änderungscursors von %1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="314"/>
        <source>reading staged Exchange changes</source>
        <translation>Lesen vorgemerkter Exchange-Änderungen</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="352"/>
        <location filename="../core/sync/SyncJournal.cpp" line="358"/>
        <source>clearing staged Exchange changes</source>
        <translation>Löschen vorgemerkter Exchange-Änderungen</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="367"/>
        <location filename="../core/sync/SyncJournal.cpp" line="381"/>
        <location filename="../core/sync/SyncJournal.cpp" line="386"/>
        <source>recording an intended write</source>
        <translation>Aufzeichnen eines beabsichtigten Schreibvorgangs</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="402"/>
        <source>clearing a confirmed write</source>
        <translation>Löschen eines bestätigten Schreibvorgangs</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="412"/>
        <source>reading the outbox</source>
        <translation>Lesen des Postausgangs</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="435"/>
        <location filename="../core/sync/SyncJournal.cpp" line="458"/>
        <source>reading the CRM watermark</source>
        <translation>Lesen der CRM-Wasserstandsmarke</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="447"/>
        <source>journal: the stored CRM watermark is unreadable.</source>
        <translation>Journal: Die gespeicherte CRM-Wasserstandsmarke ist unlesbar.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="483"/>
        <source>saving the CRM watermark</source>
        <translation>Speichern der CRM-Wasserstandsmarke</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::SyncRetries</name>
    <message numerus="yes">
        <location filename="../core/sync/SyncRetries.cpp" line="35"/>
        <source>Retried %n failed message(s): </source>
        <translation>
            <numerusform>%n fehlgeschlagene Nachricht erneut versucht: </numerusform>
            <numerusform>%n fehlgeschlagene Nachrichten erneut versucht: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/SyncRetries.cpp" line="36"/>
        <source>%1 resolved, %2 superseded by newer changes, %3 wait again, %4 parked</source>
        <translation>%1 gelöst, %2 durch neuere Änderungen überholt, %3 warten erneut, %4 zurückgestellt</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/SyncRetries.cpp" line="42"/>
        <source>%n more wait because their server keeps failing</source>
        <translation>
            <numerusform>%n weitere Nachricht wartet, weil ihr Server wiederholt fehlschlägt</numerusform>
            <numerusform>%n weitere Nachrichten warten, weil ihr Server wiederholt fehlschlägt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/SyncRetries.cpp" line="44"/>
        <source>stopped early, the rest stays due</source>
        <translation>vorzeitig beendet, der Rest bleibt fällig</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::SyncWriter</name>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="22"/>
        <source>Calendar synchronization needs Exchange Online (Graph); EWS is not available in this version.</source>
        <translation>Die Kalendersynchronisierung erfordert Exchange Online (Graph); EWS ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="396"/>
        <source>The Outlook item keeps changing while it is being removed; tried %1 times.</source>
        <translation>Das Outlook-Element ändert sich ständig, während es entfernt wird; %1 Versuche.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="404"/>
        <source>Cancelled in the CRM and changed in Outlook since the last sync; the %1 version is kept (%2).</source>
        <translation>Im CRM abgesagt und seit dem letzten Sync in Outlook geändert; die Version aus %1 bleibt erhalten (%2).</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="406"/>
        <source>Deleted in the CRM and changed in Outlook since the last sync; the %1 version is kept (%2).</source>
        <translation>Im CRM gelöscht und seit dem letzten Sync in Outlook geändert; die Version aus %1 bleibt erhalten (%2).</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="439"/>
        <source>This meeting was cancelled in the CRM.</source>
        <translation>Diese Besprechung wurde im CRM abgesagt.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="464"/>
        <source>cancelled in the CRM, changed in Outlook: the Outlook version is kept</source>
        <translation>im CRM abgesagt, in Outlook geändert: die Outlook-Version bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="478"/>
        <source>deleted in the CRM, changed in Outlook: the Outlook version returns to the CRM</source>
        <translation>im CRM gelöscht, in Outlook geändert: die Outlook-Version kehrt ins CRM zurück</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="485"/>
        <source>Changed in both the CRM and Outlook since the last sync; the %1 version is kept (%2).</source>
        <translation>Seit der letzten Synchronisierung sowohl im CRM als auch in Outlook geändert; die %1-Version wird beibehalten (%2).</translation>
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
        <translation>der Kalender von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="26"/>
        <source>no appointments in the next 7 days</source>
        <translation>keine Termine in den nächsten 7 Tagen</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="28"/>
        <source>several appointments in the next 7 days, the first &quot;%1&quot;</source>
        <translation>mehrere Termine in den nächsten 7 Tagen, der erste „%1“</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="30"/>
        <source>one appointment in the next 7 days, &quot;%1&quot;</source>
        <translation>ein Termin in den nächsten 7 Tagen, „%1“</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="31"/>
        <source>the calendar of %1 can be read (%2, in %3 ms)</source>
        <translation>der Kalender von %1 kann gelesen werden (%2, in %3 ms)</translation>
    </message>
</context>
<context>
    <name>cxsync::users::UserExclusions</name>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="25"/>
        <source>name a user: CRM logon, CRM user id or mailbox address</source>
        <translation>nennen Sie einen Benutzer: CRM-Anmeldename, CRM-Benutzer-ID oder Postfachadresse</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="65"/>
        <source>&apos;%1&apos; names %2 CRM users (%3): give the CRM logon instead</source>
        <translation>„%1“ bezeichnet %2 CRM-Benutzer (%3): Geben Sie stattdessen den CRM-Anmeldenamen an</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="71"/>
        <source>no CRM user has the logon, id or address &apos;%1&apos;</source>
        <translation>kein CRM-Benutzer hat den Anmeldenamen, die ID oder die Adresse „%1“</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="95"/>
        <source>&apos;%1&apos; names %2 users in the journal: give the CRM logon instead</source>
        <translation>„%1“ bezeichnet %2 Benutzer im Journal: Geben Sie stattdessen den CRM-Anmeldenamen an</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="101"/>
        <source>no user with the logon, id or mailbox &apos;%1&apos; in the journal; run a user sync first</source>
        <translation>kein Benutzer mit dem Anmeldenamen, der ID oder dem Postfach „%1“ im Journal; führen Sie zuerst eine Benutzersynchronisierung aus</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="138"/>
        <source>disabled by the administrator: not synchronized, and not linked again by user sync until enabled</source>
        <translation>vom Administrator deaktiviert: nicht synchronisiert und von der Benutzersynchronisierung erst nach dem Aktivieren wieder verknüpft</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="154"/>
        <source>%1 is excluded, but its Exchange user id could not be cleared in the CRM (the next user sync clears it): %2</source>
        <translation>%1 ist ausgeschlossen, aber seine Exchange-Benutzer-ID konnte im CRM nicht gelöscht werden (die nächste Benutzersynchronisierung löscht sie): %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="180"/>
        <source>%1 is not disabled (it is %2)</source>
        <translation>%1 ist nicht deaktiviert (Status: %2)</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="184"/>
        <source>enabled by the administrator; the next user sync links it</source>
        <translation>vom Administrator aktiviert; die nächste Benutzersynchronisierung verknüpft ihn</translation>
    </message>
</context>
<context>
    <name>cxsync::users::UserLinkStore</name>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="20"/>
        <source>journal: %1: %2</source>
        <translation>Journal: %1: %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="54"/>
        <source>reading user links</source>
        <translation>Lesen der Benutzerverknüpfungen</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="67"/>
        <source>reading the link of CRM user %1</source>
        <translation>Lesen der Verknüpfung des CRM-Benutzers %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="83"/>
        <source>its mailbox %1 was linked to %2</source>
        <translation>sein Postfach %1 wurde mit %2 verknüpft</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="89"/>
        <source>releasing mailbox %1</source>
        <translation>Freigeben des Postfachs %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="110"/>
        <source>writing the link of %1</source>
        <translation>Schreiben der Verknüpfung von %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="125"/>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="135"/>
        <source>committing user links</source>
        <translation>Festschreiben der Benutzerverknüpfungen</translation>
    </message>
</context>
<context>
    <name>cxsync::users::UserMatcher</name>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="77"/>
        <source>the Exchange account is disabled</source>
        <translation>das Exchange-Konto ist deaktiviert</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="79"/>
        <source>guest account: it has no mailbox in this organization</source>
        <translation>Gastkonto: Es hat kein Postfach in dieser Organisation</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="82"/>
        <source>the directory user has no mailbox (no primary SMTP address)</source>
        <translation>der Verzeichnisbenutzer hat kein Postfach (keine primäre SMTP-Adresse)</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="165"/>
        <source>the CRM user is deleted</source>
        <translation>der CRM-Benutzer ist gelöscht</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="167"/>
        <source>its Exchange user id was cleared in the CRM, the legacy way of disabling a user: excluded until enabled again</source>
        <translation>seine Exchange-Benutzer-ID wurde im CRM gelöscht, die herkömmliche Art, einen Benutzer zu deaktivieren: ausgeschlossen, bis er wieder aktiviert wird</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="171"/>
        <source>excluded by the administrator on %1</source>
        <translation>vom Administrator am %1 ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="173"/>
        <source>excluded by the administrator</source>
        <translation>vom Administrator ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="175"/>
        <source>the CRM user is disabled</source>
        <translation>der CRM-Benutzer ist deaktiviert</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/users/UserMatcher.cpp" line="222"/>
        <source>its e-mail %1 belongs to %n mailboxes</source>
        <translation>
            <numerusform>seine E-Mail-Adresse %1 gehört zu %n Postfach</numerusform>
            <numerusform>seine E-Mail-Adresse %1 gehört zu %n Postfächern</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="230"/>
        <source>its address %1 is also another mailbox&apos;s</source>
        <translation>seine Adresse %1 gehört auch zu einem anderen Postfach</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="267"/>
        <location filename="../core/users/UserMatcher.cpp" line="301"/>
        <source>first + last name &quot;%1&quot; is unique on both sides</source>
        <translation>Vor- + Nachname „%1“ ist auf beiden Seiten eindeutig</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="279"/>
        <source>ambiguous name &quot;%1&quot;: %2 CRM users and %3 mailboxes have it</source>
        <translation>mehrdeutiger Name „%1“: %2 CRM-Benutzer und %3 Postfächer tragen ihn</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="296"/>
        <source>the only mailbox named &quot;%1&quot;, %2, is taken by %3</source>
        <translation>das einzige Postfach namens „%1“, %2, ist bereits belegt durch %3</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="316"/>
        <source>matches mailbox %1 by %2, but that mailbox is taken by %3</source>
        <translation>passt über %2 zu Postfach %1, aber dieses Postfach ist bereits belegt durch %3</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="339"/>
        <source>matches mailbox %1 by %2, but that mailbox is linked to %3</source>
        <translation>passt über %2 zu Postfach %1, aber dieses Postfach ist mit %3 verknüpft</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/users/UserMatcher.cpp" line="350"/>
        <source>%n CRM users carry this mailbox&apos;s Exchange user id</source>
        <translation>
            <numerusform>%n CRM-Benutzer trägt die Exchange-Benutzer-ID dieses Postfachs</numerusform>
            <numerusform>%n CRM-Benutzer tragen die Exchange-Benutzer-ID dieses Postfachs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/users/UserMatcher.cpp" line="354"/>
        <source>duplicate e-mail: %n CRM users have the address %1</source>
        <translation>
            <numerusform>doppelte E-Mail-Adresse: %n CRM-Benutzer hat die Adresse %1</numerusform>
            <numerusform>doppelte E-Mail-Adresse: %n CRM-Benutzer haben die Adresse %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/users/UserMatcher.cpp" line="359"/>
        <source>%n CRM users have e-mail addresses that are aliases of %1</source>
        <translation>
            <numerusform>%n CRM-Benutzer hat E-Mail-Adressen, die Aliase von %1 sind</numerusform>
            <numerusform>%n CRM-Benutzer haben E-Mail-Adressen, die Aliase von %1 sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/users/UserMatcher.cpp" line="399"/>
        <source>Exchange user id put back from the journal: %n linked CRM users lost theirs at once (a restored CRM database?)</source>
        <translation>
            <numerusform>Exchange-Benutzer-ID aus dem Journal wiederhergestellt: %n verknüpfter CRM-Benutzer hat seine auf einmal verloren (eine wiederhergestellte CRM-Datenbank?)</numerusform>
            <numerusform>Exchange-Benutzer-ID aus dem Journal wiederhergestellt: %n verknüpfte CRM-Benutzer haben ihre auf einmal verloren (eine wiederhergestellte CRM-Datenbank?)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="402"/>
        <source>the CRM user&apos;s Exchange user id is this mailbox&apos;s id</source>
        <translation>die Exchange-Benutzer-ID des CRM-Benutzers ist die ID dieses Postfachs</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="404"/>
        <source>CRM e-mail %1 is the mailbox&apos;s primary SMTP address</source>
        <translation>die CRM-E-Mail-Adresse %1 ist die primäre SMTP-Adresse des Postfachs</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="406"/>
        <source>CRM e-mail %1 is an alias of %2</source>
        <translation>die CRM-E-Mail-Adresse %1 ist ein Alias von %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="442"/>
        <source>its CRM user %1 may not be linked (deleted, disabled or excluded): not created again</source>
        <translation>sein CRM-Benutzer %1 darf nicht verknüpft werden (gelöscht, deaktiviert oder ausgeschlossen): wird nicht erneut angelegt</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="452"/>
        <source>no CRM user matches it, but %1 has the same name: not created, to avoid a duplicate (give the CRM user this e-mail address to link them)</source>
        <translation>kein CRM-Benutzer passt dazu, aber %1 hat denselben Namen: nicht angelegt, um ein Duplikat zu vermeiden (geben Sie dem CRM-Benutzer diese E-Mail-Adresse, um beide zu verknüpfen)</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="464"/>
        <source>no CRM user matches it by id, e-mail, alias or name: create resource %1</source>
        <translation>kein CRM-Benutzer passt über ID, E-Mail, Alias oder Name dazu: Ressource %1 anlegen</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="470"/>
        <source>no CRM user matches it; Create CRM Users is off</source>
        <translation>kein CRM-Benutzer passt dazu; „CRM-Benutzer anlegen“ ist ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="489"/>
        <source>linked to Exchange server %1, not to this one: left alone</source>
        <translation>mit dem Exchange-Server %1 verknüpft, nicht mit diesem: bleibt unverändert</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="494"/>
        <source>no mailbox matches it by stored id, e-mail, alias or first + last name</source>
        <translation>kein Postfach passt über gespeicherte ID, E-Mail, Alias oder Vor- + Nachname dazu</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="498"/>
        <source>its mailbox (Exchange user id %1) is no longer in the directory, and no other mailbox matches it</source>
        <translation>sein Postfach (Exchange-Benutzer-ID %1) ist nicht mehr im Verzeichnis, und kein anderes Postfach passt dazu</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="502"/>
        <source>its mailbox %1 is no longer in the directory, and no other mailbox matches it</source>
        <translation>sein Postfach %1 ist nicht mehr im Verzeichnis, und kein anderes Postfach passt dazu</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="528"/>
        <source>the CRM user no longer exists</source>
        <translation>der CRM-Benutzer existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="589"/>
        <location filename="../core/users/UserMatcher.cpp" line="603"/>
        <source>a conflict</source>
        <translation>einen Konflikt</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="616"/>
        <source>%1 (it matches mailbox %2 by %3)</source>
        <translation>%1 (passt über %3 zu Postfach %2)</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="628"/>
        <source>; the Exchange user id set on it in the CRM is cleared</source>
        <translation>; die im CRM gesetzte Exchange-Benutzer-ID wird gelöscht</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="651"/>
        <source>%1 (matched by %2)</source>
        <translation>%1 (zugeordnet über %2)</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="672"/>
        <source>linked by %1; the CRM and the journal agree</source>
        <translation>verknüpft über %1; CRM und Journal stimmen überein</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="677"/>
        <source>%1 (was %2)</source>
        <translation>%1 (vorher %2)</translation>
    </message>
</context>
<context>
    <name>cxsync::users::UserSync</name>
    <message>
        <location filename="../core/users/UserSync.cpp" line="34"/>
        <source>no CRM user matches it; Create CRM Users is off</source>
        <translation>kein CRM-Benutzer passt dazu; „CRM-Benutzer anlegen“ ist ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../core/users/UserSync.cpp" line="36"/>
        <source>no CRM user matches it; CRM users are created on the CRM server only (Which Server Are You On)</source>
        <translation>kein CRM-Benutzer passt dazu; CRM-Benutzer werden nur auf dem CRM-Server angelegt („Auf welchem Server befinden Sie sich“)</translation>
    </message>
    <message>
        <location filename="../core/users/UserSync.cpp" line="90"/>
        <source>the CRM&apos;s Users table lacks %1: add the Exchange custom fields in the CRM&apos;s customization (Administration | Customization | Users) before synchronizing users</source>
        <translation>der Tabelle Users des CRM fehlt %1: Legen Sie die benutzerdefinierten Exchange-Felder in der Anpassung des CRM an (Administration | Anpassung | Benutzer), bevor Sie Benutzer synchronisieren</translation>
    </message>
    <message>
        <location filename="../core/users/UserSync.cpp" line="103"/>
        <source>the CRM could not show whether its Users table has %1 (%2); the links are written anyway, and if a field is missing the first write says which and how to add it</source>
        <translation>das CRM konnte nicht zeigen, ob seine Benutzertabelle %1 hat (%2); die Verknüpfungen werden trotzdem geschrieben, und fehlt ein Feld, nennt der erste Schreibvorgang es und wie es anzulegen ist</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="40"/>
        <source>stored id</source>
        <translation>gespeicherte ID</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="42"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="44"/>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="46"/>
        <source>first + last name</source>
        <translation>Vor- + Nachname</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="48"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="82"/>
        <source>linked</source>
        <translation>verknüpft</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="84"/>
        <source>not linked</source>
        <translation>nicht verknüpft</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="86"/>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="88"/>
        <location filename="../core/users/UserSyncTypes.cpp" line="128"/>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="118"/>
        <source>link</source>
        <translation>verknüpfen</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="120"/>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="122"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="124"/>
        <source>unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="126"/>
        <source>exclude</source>
        <translation>ausschließen</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="130"/>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="143"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
</context>
<context>
    <name>cxsync::users::UserSyncApplier</name>
    <message numerus="yes">
        <location filename="../core/users/UserSyncApplier.cpp" line="183"/>
        <source>%n users recorded in the journal</source>
        <translation>
            <numerusform>%n Benutzer im Journal erfasst</numerusform>
            <numerusform>%n Benutzer im Journal erfasst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="216"/>
        <source>creating %1 for %2</source>
        <translation>%1 wird für %2 angelegt</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="221"/>
        <source>%1 was created in the CRM and linked there, but the journal was not written (the next user sync finds it by its Exchange user id): %2</source>
        <translation>%1 wurde im CRM angelegt und dort verknüpft, aber das Journal wurde nicht geschrieben (die nächste Benutzersynchronisierung findet ihn über seine Exchange-Benutzer-ID): %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="239"/>
        <source>writing the Exchange fields of %1</source>
        <translation>Schreiben der Exchange-Felder von %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="245"/>
        <source>the CRM links %1 to %2, but the journal was not written (the next user sync finds it by its Exchange user id): %3</source>
        <translation>das CRM verknüpft %1 mit %2, aber das Journal wurde nicht geschrieben (die nächste Benutzersynchronisierung findet ihn über seine Exchange-Benutzer-ID): %3</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="261"/>
        <source>clearing the Exchange fields of %1</source>
        <translation>Löschen der Exchange-Felder von %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="282"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="286"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="297"/>
        <source>failed: %1: %2</source>
        <translation>fehlgeschlagen: %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/panel/main.cpp" line="42"/>
        <source>CRM Exchange Sync control panel</source>
        <translation>CRM Exchange Sync – Systemsteuerung</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="45"/>
        <source>Settings file (INI).</source>
        <translation>Einstellungsdatei (INI).</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="49"/>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Fenster in eine PNG-Datei rendern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="53"/>
        <source>Start the Graph and Sage CRM sandboxes with sample data and open the panel on a profile for them.</source>
        <translation>Die Sandboxes für Graph und Sage CRM mit Beispieldaten starten und die Systemsteuerung mit einem Profil dafür öffnen.</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="57"/>
        <source>Open on this tab (its title, e.g. Service, or its number from 1).</source>
        <translation>Auf diesem Reiter öffnen (sein Titel, z. B. Dienst, oder seine Nummer ab 1).</translation>
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
        <translation>kein Reiter %1</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="147"/>
        <source>Starting the demo sandboxes (cxsync-sandbox)…</source>
        <translation>Die Demo-Sandboxes werden gestartet (cxsync-sandbox)…</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="148"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="157"/>
        <source>Starting the demo sandboxes (cxsync-sandbox): %1 s of at most %2 s…</source>
        <translation>Die Demo-Sandboxes werden gestartet (cxsync-sandbox): %1 s von höchstens %2 s…</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="167"/>
        <source>Demo: the sandboxes stopped: %1</source>
        <translation>Demo: Die Sandboxes wurden beendet: %1</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="174"/>
        <source>The demo sandboxes did not start: %1</source>
        <translation>Die Demo-Sandboxes sind nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="193"/>
        <source>Demo: Microsoft Graph sandbox at %1, Sage CRM sandbox at %2 (cxsync-sandbox, process %3). The profile and its secrets are discarded when the panel closes.</source>
        <translation>Demo: Microsoft-Graph-Sandbox unter %1, Sage-CRM-Sandbox unter %2 (cxsync-sandbox, Prozess %3). Das Profil und seine Geheimnisse werden verworfen, wenn das Panel geschlossen wird.</translation>
    </message>
</context>
</TS>
