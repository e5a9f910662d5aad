<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Journal</name>
    <message>
        <location filename="../core/store/Journal.cpp" line="31"/>
        <source>the journal path &apos;%1&apos; is not a file.</source>
        <translation>der Journalpfad „%1“ ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="34"/>
        <source>cannot create the folder &apos;%1&apos; for the journal.</source>
        <translation>der Ordner „%1“ für das Journal kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="38"/>
        <source>cannot create the journal &apos;%1&apos;: %2</source>
        <translation>das Journal „%1“ kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="43"/>
        <source>cannot restrict the journal &apos;%1&apos; to its owner.</source>
        <translation>der Zugriff auf das Journal „%1“ kann nicht auf den Besitzer beschränkt werden.</translation>
    </message>
</context>
<context>
    <name>cxsync::Cli</name>
    <message>
        <location filename="../cli/Cli.cpp" line="29"/>
        <source>Usage: cxsync [--config PATH] [--secrets-file PATH] [--password-stdin] COMMAND

Commands:
  config show [--json]      print every setting (secrets are never shown)
  config set KEY VALUE      set one setting; the value is checked first
  config validate           check the whole configuration; exit 2 if invalid
  config import FILE        read settings from an INI file; all or nothing
  config export FILE        write the settings (never secrets) to an INI file
  secret set NAME           store a secret in the keychain; the value is read from stdin
  secret status             where each secret would come from (never its value)
  demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]
                            start the Graph and Sage CRM sandboxes with sample data, write a
                            profile for them and run what the product can do against them
  version                   print the version

Secrets: crm-password, nt-password, graph-client-secret, graph-certificate-password,
smtp-password, listener-client-state. Headless runs may supply them through
CXSYNC_SECRET_&lt;NAME&gt; (e.g. CXSYNC_SECRET_CRM_PASSWORD), --secrets-file (name=value lines,
mode 0600) or --password-stdin (the same lines on standard input).

Exit codes: 0 ok, 1 the operation failed, 2 usage error or invalid configuration.
</source>
        <translation>Aufruf: cxsync [--config PATH] [--secrets-file PATH] [--password-stdin] COMMAND

Befehle:
  config show [--json]      alle Einstellungen ausgeben (Geheimnisse werden nie angezeigt)
  config set KEY VALUE      eine Einstellung setzen; der Wert wird zuerst geprüft
  config validate           gesamte Konfiguration prüfen; Exit-Status 2, wenn ungültig
  config import FILE        Einstellungen aus einer INI-Datei lesen; ganz oder gar nicht
  config export FILE        Einstellungen (nie Geheimnisse) in eine INI-Datei schreiben
  secret set NAME           Geheimnis im Schlüsselbund speichern; Wert kommt von stdin
  secret status             Herkunft jedes Geheimnisses anzeigen (nie seinen Wert)
  demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]
                            die Sandboxes für Graph und Sage CRM mit Beispieldaten starten, ein
                            Profil dafür schreiben und vorführen, was das Produkt mit ihnen kann
  version                   Version ausgeben

Geheimnisse: crm-password, nt-password, graph-client-secret, graph-certificate-password,
smtp-password, listener-client-state. Unbeaufsichtigte Läufe können sie über
CXSYNC_SECRET_&lt;NAME&gt; (z. B. CXSYNC_SECRET_CRM_PASSWORD), --secrets-file (Zeilen name=value,
Modus 0600) oder --password-stdin (dieselben Zeilen über die Standardeingabe) bereitstellen.

Exit-Status: 0 OK, 1 Vorgang fehlgeschlagen, 2 Aufruffehler oder ungültige Konfiguration.
</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="88"/>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="97"/>
        <source>from --secrets-file</source>
        <translation>aus --secrets-file</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="101"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="108"/>
        <source>from standard input</source>
        <translation>aus der Standardeingabe</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="120"/>
        <source>CRM Exchange Sync command line</source>
        <translation>CRM Exchange Sync – Befehlszeile</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="121"/>
        <source>Settings file (INI).</source>
        <translation>Einstellungsdatei (INI).</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="122"/>
        <source>Secrets file (mode 0600).</source>
        <translation>Geheimnisdatei (Modus 0600).</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="124"/>
        <source>Read name=value secrets from stdin.</source>
        <translation>Geheimnisse als name=value von stdin lesen.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="125"/>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="126"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="127"/>
        <source>demo: keep the profile here.</source>
        <translation>demo: Profil hier aufbewahren.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="128"/>
        <source>demo: sample users.</source>
        <translation>demo: Anzahl der Beispielbenutzer.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="129"/>
        <source>demo: sample appointments.</source>
        <translation>demo: Anzahl der Beispieltermine.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="131"/>
        <source>demo: sample data seed.</source>
        <translation>demo: Startwert für die Beispieldaten.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="132"/>
        <source>demo: keep the sandboxes running.</source>
        <translation>demo: Sandboxes weiterlaufen lassen.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="136"/>
        <source>; see cxsync --help</source>
        <translation>; siehe cxsync --help</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="173"/>
        <source>usage: cxsync demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]</source>
        <translation>Aufruf: cxsync demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="183"/>
        <source>--users (1 to 100000), --appointments (0 to 1000000) and --seed must be whole numbers</source>
        <translation>--users (1 bis 100000), --appointments (0 bis 1000000) und --seed müssen ganze Zahlen sein</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="192"/>
        <source>unknown command &apos;%1&apos;; see cxsync --help</source>
        <translation>unbekannter Befehl „%1“; siehe cxsync --help</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="200"/>
        <source>usage: cxsync config %1</source>
        <translation>Aufruf: cxsync config %1</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="206"/>
        <source>config needs a subcommand: show, set, validate, import or export</source>
        <translation>config erfordert einen Unterbefehl: show, set, validate, import oder export</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="223"/>
        <source>settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="227"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="244"/>
        <source>configuration is valid: %1</source>
        <translation>Konfiguration ist gültig: %1</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="257"/>
        <source>cannot read &apos;%1&apos;: no such file.</source>
        <translation>„%1“ kann nicht gelesen werden: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="260"/>
        <source>&apos;%1&apos; is not a valid INI file.</source>
        <translation>„%1“ ist keine gültige INI-Datei.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="269"/>
        <source>%1: secrets are not imported from files; use `cxsync secret set`.</source>
        <translation>%1: Geheimnisse werden nicht aus Dateien importiert; verwenden Sie `cxsync secret set`.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="274"/>
        <location filename="../cli/Cli.cpp" line="280"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="285"/>
        <source>nothing was imported.</source>
        <translation>es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="288"/>
        <source>imported %1 settings from %2</source>
        <translation>%1 Einstellungen aus %2 importiert</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="307"/>
        <location filename="../cli/Cli.cpp" line="313"/>
        <source>cannot write &apos;%1&apos;.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="315"/>
        <source>exported settings to %1 (secrets are not exported)</source>
        <translation>Einstellungen nach %1 exportiert (Geheimnisse werden nicht exportiert)</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="318"/>
        <source>unknown config subcommand &apos;%1&apos;; see cxsync --help</source>
        <translation>unbekannter config-Unterbefehl „%1“; siehe cxsync --help</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="325"/>
        <source>usage: cxsync secret set NAME | cxsync secret status</source>
        <translation>Aufruf: cxsync secret set NAME | cxsync secret status</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="334"/>
        <source>usage: cxsync secret set NAME (the value is read from standard input)</source>
        <translation>Aufruf: cxsync secret set NAME (der Wert wird von der Standardeingabe gelesen)</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="339"/>
        <source>unknown secret &apos;%1&apos;; see cxsync --help for the names</source>
        <translation>unbekanntes Geheimnis „%1“; die Namen finden Sie unter cxsync --help</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="343"/>
        <source>secret set reads the value from standard input; do not combine it with --password-stdin</source>
        <translation>secret set liest den Wert von der Standardeingabe; kombinieren Sie es nicht mit --password-stdin</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="352"/>
        <source>no value on standard input for %1</source>
        <translation>kein Wert für %1 auf der Standardeingabe</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="356"/>
        <source>the value for %1 has more than one line</source>
        <translation>der Wert für %1 hat mehr als eine Zeile</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="366"/>
        <source>%1 was not stored: %2. Headless runs can use %3 or a --secrets-file instead.</source>
        <translation>%1 wurde nicht gespeichert: %2. Unbeaufsichtigte Läufe können stattdessen %3 oder --secrets-file verwenden.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="371"/>
        <source>%1 stored in the %2</source>
        <translation>%1 im %2 gespeichert</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="379"/>
        <source>usage: cxsync secret status</source>
        <translation>Aufruf: cxsync secret status</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="414"/>
        <source>in the %1</source>
        <translation>im %1</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="416"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="418"/>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::ConfigMigration</name>
    <message>
        <location filename="../core/config/ConfigMigration.cpp" line="23"/>
        <source>%1 is &apos;%2&apos;, not a version number.</source>
        <translation>%1 ist „%2“, keine Versionsnummer.</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigMigration.cpp" line="28"/>
        <source>the configuration was written by a newer version of CRM Exchange Sync (config version %1; this program understands up to %2).</source>
        <translation>die Konfiguration wurde von einer neueren Version von CRM Exchange Sync geschrieben (Konfigurationsversion %1; dieses Programm versteht bis Version %2).</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigMigration.cpp" line="44"/>
        <source>cannot write the migrated configuration to &apos;%1&apos;.</source>
        <translation>die migrierte Konfiguration kann nicht nach „%1“ geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>cxsync::ControlPanelWindow</name>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="34"/>
        <source>Exchange Online (Microsoft Graph)</source>
        <translation>Exchange Online (Microsoft Graph)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="35"/>
        <source>Exchange Server on-premises (EWS)</source>
        <translation>Exchange Server lokal (EWS)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="37"/>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="38"/>
        <source>Certificate file</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="41"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="43"/>
        <source>TLS (port 465)</source>
        <translation>TLS (Port 465)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="44"/>
        <source>None (trusted relay only)</source>
        <translation>Keine (nur vertrauenswürdiges Relay)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="52"/>
        <source>this server&apos;s zone; or e.g. Europe/London, GMT Standard Time, +1, -3.5</source>
        <translation>Zeitzone dieses Servers; oder z. B. Europe/London, GMT Standard Time, +1, -3.5</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="54"/>
        <source>install name, e.g. CRM</source>
        <translation>Installationsname, z. B. CRM</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="56"/>
        <source>default: journal.sqlite in the data directory</source>
        <translation>Standard: journal.sqlite im Datenverzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="58"/>
        <source>default: beside the settings file, or the user data folder</source>
        <translation>Standard: neben der Einstellungsdatei oder im Benutzerdatenordner</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="60"/>
        <source>DOMAIN\account</source>
        <translation>DOMÄNE\Konto</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="62"/>
        <source>mailbox, e.g. admin@contoso.com</source>
        <translation>Postfach, z. B. admin@contoso.com</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="64"/>
        <source>tenant GUID or contoso.onmicrosoft.com</source>
        <translation>Mandanten-GUID oder contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="66"/>
        <source>application (client) GUID from the app registration</source>
        <translation>Anwendungs-ID (Client) als GUID aus der App-Registrierung</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="68"/>
        <source>default: https://&lt;Primary Exchange Server&gt;/EWS/Exchange.asmx</source>
        <translation>Standard: https://&lt;Primärer Exchange-Server&gt;/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="70"/>
        <source>default: https://&lt;CRM Server&gt;/sdata/&lt;CRM Path&gt;j/sagecrm2/-/</source>
        <translation>Standard: https://&lt;CRM-Server&gt;/sdata/&lt;CRM-Pfad&gt;j/sagecrm2/-/</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="72"/>
        <source>https URL Microsoft Graph can reach; empty = polling only</source>
        <translation>https-URL, die Microsoft Graph erreichen kann; leer = nur Abfrage (Polling)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="81"/>
        <source>CRM Exchange Sync Control Panel</source>
        <translation>CRM Exchange Sync – Systemsteuerung</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="86"/>
        <source>Control Panel</source>
        <translation>Systemsteuerung</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="90"/>
        <source>Advanced Settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="92"/>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="99"/>
        <source>Passwords cannot be stored: %1. The passwords just saved are kept for this session only and are lost when the panel closes; the service needs them in a keychain, CXSYNC_SECRET_* variables or a secrets file.</source>
        <translation>Kennwörter können nicht gespeichert werden: %1. Die soeben gespeicherten Kennwörter bleiben nur für diese Sitzung erhalten und gehen beim Schließen der Systemsteuerung verloren; der Dienst benötigt sie in einem Schlüsselbund, in den Variablen CXSYNC_SECRET_* oder in einer Geheimnisdatei.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="106"/>
        <source>CRM Exchange Sync %1. Settings from %2.</source>
        <translation>CRM Exchange Sync %1. Einstellungen aus %2.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="135"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="154"/>
        <source>Which Server Are You On</source>
        <translation>Auf welchem Server befinden Sie sich</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="156"/>
        <source>On CRM Server</source>
        <translation>Auf dem CRM-Server</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="158"/>
        <source>Exchange Server</source>
        <translation>Exchange-Server</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="174"/>
        <source>Required Information</source>
        <translation>Erforderliche Informationen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="179"/>
        <source>User Password</source>
        <translation>Benutzerkennwort</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="191"/>
        <source>Exchange Online (Graph)</source>
        <translation>Exchange Online (Graph)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="197"/>
        <source>Client Secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="199"/>
        <source>Certificate Password</source>
        <translation>Zertifikatkennwort</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="205"/>
        <source>NT Account Information</source>
        <translation>NT-Kontoinformationen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="209"/>
        <source>NT Account Password</source>
        <translation>NT-Kontokennwort</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="210"/>
        <source>Re-enter Password</source>
        <translation>Kennwort erneut eingeben</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="217"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="230"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="239"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="264"/>
        <source>Synchronization</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="265"/>
        <source>Error E-mail (SMTP)</source>
        <translation>Fehler-E-Mail (SMTP)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="266"/>
        <source>SMTP Password</source>
        <translation>SMTP-Kennwort</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="267"/>
        <source>Notification Listener</source>
        <translation>Benachrichtigungs-Listener</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="268"/>
        <source>Service Addresses</source>
        <translation>Dienstadressen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="269"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="312"/>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="402"/>
        <source>required on the Exchange server, e.g. /var/lib/cxsync/journal.sqlite</source>
        <translation>auf dem Exchange-Server erforderlich, z. B. /var/lib/cxsync/journal.sqlite</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="422"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="453"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="455"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="499"/>
        <source>stored; leave empty to keep</source>
        <translation>gespeichert; leer lassen, um den Wert beizubehalten</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="458"/>
        <source>Passwords cannot be stored: %1. Passwords saved now are kept for this session only.</source>
        <translation>Kennwörter können nicht gespeichert werden: %1. Jetzt gespeicherte Kennwörter bleiben nur für diese Sitzung erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="481"/>
        <source>Saving settings…</source>
        <translation>Einstellungen werden gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="490"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Es wurde nichts gespeichert: Korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="495"/>
        <source>Settings saved to %1.</source>
        <translation>Einstellungen in %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="500"/>
        <source>%1 stored in the %2.</source>
        <translation>%1 im %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="505"/>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="506"/>
        <source>Journal: %1; data directory: %2.</source>
        <translation>Journal: %1; Datenverzeichnis: %2.</translation>
    </message>
</context>
<context>
    <name>cxsync::DemoCommand</name>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="42"/>
        <source>cannot create a temporary folder for the demo</source>
        <translation>für die Demo kann kein temporärer Ordner erstellt werden</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="47"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>der Ordner „%1“ kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="51"/>
        <source>1. Starting the Microsoft Graph and Sage CRM sandboxes (%1 users, %2 appointments, seed %3)…</source>
        <translation>1. Die Sandboxes für Microsoft Graph und Sage CRM werden gestartet (%1 Benutzer, %2 Termine, Startwert %3)…</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="63"/>
        <source>the sandboxes did not start: %1</source>
        <translation>die Sandboxes konnten nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="67"/>
        <source>Graph: %1</source>
        <translation>Graph: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="68"/>
        <source>Sage CRM: %1</source>
        <translation>Sage CRM: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="69"/>
        <source>Admin endpoint: %1</source>
        <translation>Admin-Endpunkt: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="73"/>
        <source>2. Writing a profile for them: %1 (secrets: %2, mode 0600)</source>
        <translation>2. Ein Profil dafür wird geschrieben: %1 (Geheimnisse: %2, Modus 0600)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="79"/>
        <source>3. Validating the profile as the panel&apos;s Save would…</source>
        <translation>3. Das Profil wird so geprüft, wie es „Speichern“ in der Systemsteuerung tun würde…</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="89"/>
        <source>the demo profile is not valid</source>
        <translation>das Demo-Profil ist ungültig</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="97"/>
        <source>valid; %1 secrets ready for --secrets-file</source>
        <translation>gültig; %1 Geheimnisse bereit für --secrets-file</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="99"/>
        <source>4. What the sandboxes hold:</source>
        <translation>4. Inhalt der Sandboxes:</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="101"/>
        <source>CRM users: %1; CRM communications: %2</source>
        <translation>CRM-Benutzer: %1; CRM-Kommunikationen: %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="105"/>
        <source>events in %1&apos;s mailbox: %2</source>
        <translation>Termine im Postfach von %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="107"/>
        <source>5. Acting as users do (through the sandboxes&apos; user-action API):</source>
        <translation>5. Aktionen wie durch Benutzer (über die Benutzeraktions-API der Sandboxes):</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="110"/>
        <source>Demo: project kick-off</source>
        <translation>Demo: Projektauftakt</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="116"/>
        <source>%1 created &quot;%2&quot; in Outlook (id %3…); the mailbox now holds %4 events</source>
        <translation>%1 hat „%2“ in Outlook erstellt (ID %3…); das Postfach enthält jetzt %4 Termine</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="124"/>
        <source>Demo: customer call</source>
        <translation>Demo: Kundengespräch</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="128"/>
        <source>a CRM user created &quot;%1&quot; (Comm_CommunicationId %2)</source>
        <translation>ein CRM-Benutzer hat „%1“ erstellt (Comm_CommunicationId %2)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="133"/>
        <source>6. Synchronization: not part of this version yet; the two changes above stay on their own side.</source>
        <translation>6. Synchronisierung: in dieser Version noch nicht enthalten; die beiden Änderungen oben bleiben jeweils auf ihrer Seite.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="135"/>
        <source>Try it: cxsync --config %1 --secrets-file %2 secret status</source>
        <translation>Probieren Sie es aus: cxsync --config %1 --secrets-file %2 secret status</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="137"/>
        <source>The profile is removed when the demo ends; keep it with --dir DIR.</source>
        <translation>Das Profil wird am Ende der Demo entfernt; mit --dir DIR bleibt es erhalten.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="139"/>
        <source>Serving until interrupted (Ctrl+C).</source>
        <translation>Die Sandboxes laufen bis zur Unterbrechung (Strg+C).</translation>
    </message>
</context>
<context>
    <name>cxsync::Journal</name>
    <message>
        <location filename="../core/store/Journal.cpp" line="67"/>
        <source>the Qt SQLite driver is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>der Qt-SQLite-Treiber fehlt (Debian-Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="77"/>
        <source>cannot open the journal &apos;%1&apos;: %2</source>
        <translation>das Journal „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="84"/>
        <source>the journal &apos;%1&apos; cannot use write-ahead logging (is it on a network share?).</source>
        <translation>das Journal „%1“ kann kein Write-Ahead-Logging verwenden (liegt es auf einer Netzwerkfreigabe?).</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="87"/>
        <location filename="../core/store/Journal.cpp" line="89"/>
        <source>cannot configure the journal &apos;%1&apos;: %2</source>
        <translation>das Journal „%1“ kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="93"/>
        <source>&apos;%1&apos; is not a readable SQLite journal.</source>
        <translation>„%1“ ist kein lesbares SQLite-Journal.</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="96"/>
        <source>the journal &apos;%1&apos; has schema version %2, newer than this program&apos;s %3; use the newer program or restore a backup.</source>
        <translation>das Journal „%1“ hat die Schemaversion %2, die neuer ist als Version %3 dieses Programms; verwenden Sie das neuere Programm oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="105"/>
        <source>cannot start migration %1 of &apos;%2&apos;: %3</source>
        <translation>Migration %1 von „%2“ kann nicht gestartet werden: %3</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="118"/>
        <source>journal migration %1 (%2) failed and was rolled back: %3</source>
        <translation>Journalmigration %1 (%2) ist fehlgeschlagen und wurde zurückgesetzt: %3</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="123"/>
        <source>cannot commit migration %1 of &apos;%2&apos;: %3</source>
        <translation>Migration %1 von „%2“ kann nicht festgeschrieben werden: %3</translation>
    </message>
</context>
<context>
    <name>cxsync::KeychainSecretStore</name>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="26"/>
        <source>no %1 is stored in the keychain.</source>
        <translation>im Schlüsselbund ist kein %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="31"/>
        <source>the keychain refused access to the %1: %2</source>
        <translation>der Schlüsselbund hat den Zugriff auf das %1 verweigert: %2</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="35"/>
        <source>the keychain could not delete the %1: %2</source>
        <translation>der Schlüsselbund konnte das %1 nicht löschen: %2</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="44"/>
        <source>no keychain is available (%1)</source>
        <translation>kein Schlüsselbund verfügbar (%1)</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="92"/>
        <location filename="../core/config/KeychainSecretStore.cpp" line="112"/>
        <location filename="../core/config/KeychainSecretStore.cpp" line="131"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="146"/>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsspeicher</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="148"/>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="150"/>
        <source>Secret Service keychain</source>
        <translation>Secret-Service-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>cxsync::LayeredSecretStore</name>
    <message>
        <location filename="../core/config/LayeredSecretStore.cpp" line="23"/>
        <source>no %1 is set.</source>
        <translation>es ist kein %1 festgelegt.</translation>
    </message>
    <message>
        <location filename="../core/config/LayeredSecretStore.cpp" line="39"/>
        <source>no keychain is configured</source>
        <translation>kein Schlüsselbund konfiguriert</translation>
    </message>
    <message>
        <location filename="../core/config/LayeredSecretStore.cpp" line="41"/>
        <source>no keychain is available</source>
        <translation>kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location filename="../core/config/LayeredSecretStore.cpp" line="80"/>
        <source>%1 (some secrets for this session only)</source>
        <translation>%1 (einige Geheimnisse nur für diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>cxsync::MemorySecretStore</name>
    <message>
        <location filename="../core/config/MemorySecretStore.cpp" line="9"/>
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
    <name>cxsync::Secret</name>
    <message>
        <location filename="../core/config/Secret.cpp" line="46"/>
        <source>CRM user password</source>
        <translation>CRM-Benutzerkennwort</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="47"/>
        <source>NT account password</source>
        <translation>NT-Kontokennwort</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="48"/>
        <source>Graph client secret</source>
        <translation>Graph-Clientgeheimnis</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="49"/>
        <source>certificate password</source>
        <translation>Zertifikatkennwort</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="50"/>
        <source>SMTP password</source>
        <translation>SMTP-Kennwort</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="51"/>
        <source>listener client state</source>
        <translation>Listener-Geheimnis (clientState)</translation>
    </message>
</context>
<context>
    <name>cxsync::SecretsFile</name>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="13"/>
        <source>secrets file &apos;%1&apos; does not exist.</source>
        <translation>die Geheimnisdatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="19"/>
        <source>secrets file &apos;%1&apos; may be read by other users; run: chmod 600 &apos;%1&apos;</source>
        <translation>die Geheimnisdatei „%1“ kann von anderen Benutzern gelesen werden; führen Sie aus: chmod 600 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="24"/>
        <source>cannot read secrets file &apos;%1&apos;: %2</source>
        <translation>die Geheimnisdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="42"/>
        <source>%1 line %2: expected name=value.</source>
        <translation>%1 Zeile %2: name=value erwartet.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="46"/>
        <source>%1 line %2: unknown secret &apos;%3&apos;.</source>
        <translation>%1 Zeile %2: unbekanntes Geheimnis „%3“.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="57"/>
        <location filename="../core/config/SecretsFile.cpp" line="67"/>
        <source>cannot write secrets file &apos;%1&apos;: %2</source>
        <translation>die Geheimnisdatei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::Settings</name>
    <message>
        <location filename="../core/config/Settings.cpp" line="77"/>
        <source>--config &apos;%1&apos; is a folder, not a settings file.</source>
        <translation>--config „%1“ ist ein Ordner, keine Einstellungsdatei.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="82"/>
        <source>the settings file &apos;%1&apos; is not a valid INI file.</source>
        <translation>die Einstellungsdatei „%1“ ist keine gültige INI-Datei.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="137"/>
        <source>unknown setting &apos;%1&apos; in %2 (misspelled?).</source>
        <translation>unbekannte Einstellung „%1“ in %2 (Tippfehler?).</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="144"/>
        <source>&apos;%1&apos; is managed by the program and cannot be set.</source>
        <translation>„%1“ wird vom Programm verwaltet und kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="147"/>
        <source>unknown setting &apos;%1&apos;; `cxsync config show` lists them.</source>
        <translation>unbekannte Einstellung „%1“; `cxsync config show` listet alle Einstellungen auf.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="191"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="204"/>
        <source>cannot write settings to &apos;%1&apos; (check the folder exists and is writable).</source>
        <translation>die Einstellungen können nicht nach „%1“ geschrieben werden (prüfen Sie, ob der Ordner existiert und beschreibbar ist).</translation>
    </message>
</context>
<context>
    <name>cxsync::SettingsSchema</name>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="60"/>
        <source>Which Server Are You On</source>
        <translation>Auf welchem Server befinden Sie sich</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="61"/>
        <source>CRM Server</source>
        <translation>CRM-Server</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="62"/>
        <source>CRM Path</source>
        <translation>CRM-Pfad</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="63"/>
        <source>CRM User For Synchronization</source>
        <translation>CRM-Benutzer für die Synchronisierung</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="64"/>
        <source>CRM REST URL</source>
        <translation>CRM-REST-URL</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="65"/>
        <source>Exchange Kind</source>
        <translation>Exchange-Typ</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="66"/>
        <source>Primary Exchange Server</source>
        <translation>Primärer Exchange-Server</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="67"/>
        <source>Exchange Account</source>
        <translation>Exchange-Konto</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="68"/>
        <source>CRM Server Time Zone</source>
        <translation>Zeitzone des CRM-Servers</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="69"/>
        <source>Email Address To Notify When An Error Occurs</source>
        <translation>E-Mail-Adresse für Fehlerbenachrichtigungen</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="70"/>
        <source>Failed Messages Store Path</source>
        <translation>Speicherpfad für fehlgeschlagene Nachrichten</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="71"/>
        <source>NT Domain\Account For Exchange Access</source>
        <translation>NT-Domäne\Konto für den Exchange-Zugriff</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="72"/>
        <source>Copy Reminders</source>
        <translation>Erinnerungen kopieren</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="73"/>
        <source>Diagnostic Mode</source>
        <translation>Diagnosemodus</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="74"/>
        <source>CRM→Exchange</source>
        <translation>CRM→Exchange</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="75"/>
        <source>Exchange→CRM</source>
        <translation>Exchange→CRM</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="76"/>
        <source>Create CRM Users</source>
        <translation>CRM-Benutzer anlegen</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="77"/>
        <source>Tenant (Directory) ID</source>
        <translation>Verzeichnis-ID (Mandant)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="78"/>
        <source>Application (Client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="79"/>
        <source>Client Credential</source>
        <translation>Client-Anmeldeinformationen</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="80"/>
        <source>Certificate File</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="81"/>
        <source>Sign-in Authority URL</source>
        <translation>URL der Anmeldeautorität</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="82"/>
        <source>Microsoft Graph URL</source>
        <translation>URL für Microsoft Graph</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="83"/>
        <source>EWS URL</source>
        <translation>EWS-URL</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="84"/>
        <source>Poll Interval (Seconds)</source>
        <translation>Abfrageintervall (Sekunden)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="85"/>
        <source>Sync Window: Past Days</source>
        <translation>Synchronisierungszeitraum: vergangene Tage</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="86"/>
        <source>Sync Window: Future Days</source>
        <translation>Synchronisierungszeitraum: künftige Tage</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="87"/>
        <source>SMTP Server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="88"/>
        <source>SMTP Port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="89"/>
        <source>SMTP Encryption</source>
        <translation>SMTP-Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="90"/>
        <source>SMTP Sender Address</source>
        <translation>SMTP-Absenderadresse</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="91"/>
        <source>SMTP User</source>
        <translation>SMTP-Benutzer</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="92"/>
        <source>Listener Bind Address</source>
        <translation>Bindungsadresse des Listeners</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="93"/>
        <source>Listener Port</source>
        <translation>Listener-Port</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="94"/>
        <source>Listener Public URL</source>
        <translation>Öffentliche URL des Listeners</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="95"/>
        <source>Data Directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="139"/>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>„%1“ ist keiner der Werte: %2.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="144"/>
        <source>&apos;%1&apos; is not a host name (letters, digits, dots and hyphens, optionally :port).</source>
        <translation>„%1“ ist kein Hostname (Buchstaben, Ziffern, Punkte und Bindestriche, optional :Port).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="148"/>
        <source>port %1 is out of range (1 to 65535).</source>
        <translation>Port %1 liegt außerhalb des zulässigen Bereichs (1 bis 65535).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="154"/>
        <source>&apos;%1&apos; is not an install name: type the name only, such as CRM, without slashes or spaces.</source>
        <translation>„%1“ ist kein Installationsname: Geben Sie nur den Namen ein, z. B. CRM, ohne Schrägstriche oder Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="158"/>
        <source>the logon id has leading or trailing spaces or control characters.</source>
        <translation>die Anmelde-ID enthält führende oder nachgestellte Leerzeichen oder Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="162"/>
        <source>&apos;%1&apos; is neither a mailbox alias nor an e-mail address.</source>
        <translation>„%1“ ist weder ein Postfachalias noch eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="166"/>
        <source>&apos;%1&apos; is not an e-mail address (name@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="172"/>
        <source>&apos;%1&apos; is not an http(s) URL with a host.</source>
        <translation>„%1“ ist keine http(s)-URL mit Host.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="174"/>
        <source>&apos;%1&apos; must use https; plain http is accepted only for 127.0.0.1 and localhost.</source>
        <translation>„%1“ muss https verwenden; unverschlüsseltes http wird nur für 127.0.0.1 und localhost akzeptiert.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="185"/>
        <location filename="../core/config/SettingsSchema.cpp" line="189"/>
        <source>&apos;%1&apos; is not an absolute path.</source>
        <translation>„%1“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="192"/>
        <source>file &apos;%1&apos; does not exist.</source>
        <translation>die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="194"/>
        <source>&apos;%1&apos; is not a readable file.</source>
        <translation>„%1“ ist keine lesbare Datei.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="199"/>
        <source>&apos;%1&apos; is not of the form DOMAIN\account or account@domain.</source>
        <translation>„%1“ hat nicht die Form DOMÄNE\Konto oder Konto@Domäne.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="203"/>
        <source>&apos;%1&apos; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</source>
        <translation>„%1“ ist keine GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="207"/>
        <source>&apos;%1&apos; is neither a tenant GUID nor a domain such as contoso.onmicrosoft.com.</source>
        <translation>„%1“ ist weder eine Mandanten-GUID noch eine Domäne wie contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="211"/>
        <source>&apos;%1&apos; is not an IP address (such as 127.0.0.1, 0.0.0.0 or ::).</source>
        <translation>„%1“ ist keine IP-Adresse (z. B. 127.0.0.1, 0.0.0.0 oder ::).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="244"/>
        <source>unknown setting &apos;%1&apos;.</source>
        <translation>unbekannte Einstellung „%1“.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="257"/>
        <source>%1: &apos;%2&apos; is not true or false.</source>
        <translation>%1: „%2“ ist weder true noch false.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="264"/>
        <source>%1: &apos;%2&apos; is not a whole number.</source>
        <translation>%1: „%2“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="270"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="279"/>
        <source>expected true or false.</source>
        <translation>true oder false erwartet.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="283"/>
        <source>expected a whole number.</source>
        <translation>ganze Zahl erwartet.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="286"/>
        <source>%1 is out of range (%2 to %3).</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs (%2 bis %3).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="291"/>
        <source>expected text.</source>
        <translation>Text erwartet.</translation>
    </message>
</context>
<context>
    <name>cxsync::SettingsValidator</name>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="21"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="22"/>
        <source>%1 is required %2.</source>
        <translation>%1 ist %2 erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="28"/>
        <source>unknown setting &apos;%1&apos;.</source>
        <translation>unbekannte Einstellung „%1“.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="32"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="36"/>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="52"/>
        <source>on the Exchange server</source>
        <translation>auf dem Exchange-Server</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="54"/>
        <source>Create CRM Users can only be selected on the CRM server.</source>
        <translation>„CRM-Benutzer anlegen“ kann nur auf dem CRM-Server ausgewählt werden.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="57"/>
        <location filename="../core/config/SettingsValidator.cpp" line="58"/>
        <source>for Exchange Online</source>
        <translation>für Exchange Online</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="60"/>
        <source>when the client credential is a certificate</source>
        <translation>bei einem Zertifikat als Client-Anmeldeinformationen</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="63"/>
        <source>Exchange Account must be the mailbox&apos;s e-mail address (user principal name) for Exchange Online.</source>
        <translation>Für Exchange Online muss „Exchange-Konto“ die E-Mail-Adresse des Postfachs (Benutzerprinzipalname) sein.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="66"/>
        <source>Primary Exchange Server (or an EWS URL) is required for on-premises Exchange.</source>
        <translation>Für lokales Exchange ist „Primärer Exchange-Server“ (oder eine EWS-URL) erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="67"/>
        <source>for on-premises Exchange</source>
        <translation>für lokales Exchange</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="72"/>
        <source>%1 &apos;%2&apos; is a folder: give a file name, such as %2/journal.sqlite.</source>
        <translation>%1 „%2“ ist ein Ordner: Geben Sie einen Dateinamen an, z. B. %2/journal.sqlite.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="76"/>
        <source>SMTP Sender Address is required when an SMTP server is set.</source>
        <translation>„SMTP-Absenderadresse“ ist erforderlich, wenn ein SMTP-Server festgelegt ist.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="78"/>
        <source>SMTP Server is required when an SMTP user is set.</source>
        <translation>„SMTP-Server“ ist erforderlich, wenn ein SMTP-Benutzer festgelegt ist.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="83"/>
        <source>NT Account Password and Re-enter Password do not match.</source>
        <translation>„NT-Kontokennwort“ und „Kennwort erneut eingeben“ stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="86"/>
        <source>the %1 must not contain line breaks.</source>
        <translation>das %1 darf keine Zeilenumbrüche enthalten.</translation>
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
    <name>main</name>
    <message>
        <location filename="../app/panel/main.cpp" line="32"/>
        <source>CRM Exchange Sync control panel</source>
        <translation>CRM Exchange Sync – Systemsteuerung</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="35"/>
        <source>Settings file (INI).</source>
        <translation>Einstellungsdatei (INI).</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="37"/>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Fenster in eine PNG-Datei rendern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="40"/>
        <source>Start the Graph and Sage CRM sandboxes with sample data and open the panel on a profile for them.</source>
        <translation>Die Sandboxes für Graph und Sage CRM mit Beispieldaten starten und die Systemsteuerung mit einem Profil dafür öffnen.</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="74"/>
        <source>CRM Exchange Sync</source>
        <translation>CRM Exchange Sync</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="86"/>
        <source>Demo: Microsoft Graph sandbox at %1, Sage CRM sandbox at %2. The profile and its secrets are discarded when the panel closes.</source>
        <translation>Demo: Sandbox für Microsoft Graph unter %1, Sandbox für Sage CRM unter %2. Das Profil und seine Geheimnisse werden beim Schließen der Systemsteuerung verworfen.</translation>
    </message>
</context>
</TS>
