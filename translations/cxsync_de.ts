<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="51"/>
        <source>the snapshot is not a CRM appointment change</source>
        <translation>der Snapshot ist keine CRM-Terminänderung</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="57"/>
        <source>operation &apos;%1&apos; is not create, update or delete</source>
        <translation>der Vorgang „%1“ ist weder create noch update noch delete</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="62"/>
        <source>changedUtc is not an ISO 8601 time</source>
        <translation>changedUtc ist keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="67"/>
        <source>the snapshot has no appointment</source>
        <translation>der Snapshot enthält keinen Termin</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="90"/>
        <source>appointment.%1 must be text</source>
        <translation>appointment.%1 muss Text sein</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="94"/>
        <source>an %1 needs the CRM appointment id</source>
        <translation>ein %1 erfordert die ID des CRM-Termins</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="101"/>
        <source>appointment.%1 is not an ISO 8601 time</source>
        <translation>appointment.%1 ist keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="106"/>
        <source>the appointment ends before it starts</source>
        <translation>der Termin endet, bevor er beginnt</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="110"/>
        <source>appointment.private must be true or false</source>
        <translation>appointment.private muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="116"/>
        <source>appointment.notifyMinutes must be a whole number of minutes</source>
        <translation>appointment.notifyMinutes muss eine ganze Anzahl von Minuten sein</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="123"/>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="127"/>
        <source>appointment.linkedUserIds must be a list of user ids</source>
        <translation>appointment.linkedUserIds muss eine Liste von Benutzer-IDs sein</translation>
    </message>
</context>
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
    <name>OwnerOnlyFile</name>
    <message>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="25"/>
        <source>cannot write &apos;%1&apos;: it is not a regular file (a FIFO, device, socket or folder); it was left as it is. Give the name of a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="28"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="162"/>
        <source>no request within %1 ms of connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="168"/>
        <source>the request&apos;s header fields did not arrive within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="171"/>
        <source>the request body did not arrive within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="221"/>
        <source>the client does not read the answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxsync::Cli</name>
    <message>
        <location filename="../cli/Cli.cpp" line="42"/>
        <source>Usage: cxsync [--config PATH] [--secrets-file PATH] [--password-stdin] COMMAND

Commands:
  config show [--json]      print every setting (secrets are never shown)
  config set KEY VALUE      set one setting; the value is checked first
  config validate           check the whole configuration; exit 2 if invalid
  config import FILE        read settings from an INI file; all or nothing
  config export FILE        write the settings (never secrets) to an INI file
  config remove-server NAME remove an additional Exchange server and its stored secrets
  secret set NAME[@SERVER]  store a secret in the keychain; the value is read from stdin
                            (@SERVER: an additional Exchange server&apos;s client secret)
  secret status             where each secret would come from (never its value)
  demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]
                            start the Graph and Sage CRM sandboxes with sample data, write a
                            profile for them and run what the product can do against them
  test-connection [--json] [--mailbox ADDRESS] [--write-probe]
                            check each step from settings to listener and say what to fix;
                            --write-probe also creates and deletes a test event in the mailbox
  sync --once | --watch [--dry-run] [--yes] [--user USER]
                            synchronize calendars (CRM appointments &lt;-&gt; Outlook events) once, or
                            every Poll Interval until Ctrl+C; deletes above the safety share need --yes
  users sync [--dry-run] [--yes] [--json]
                            link CRM users to mailboxes (and create missing ones as resources):
                            prints the plan, then applies it; creating users needs --yes
  users list [--json]       every CRM user&apos;s link, rule, state and last sync (from the journal)
  users disable USER        stop syncing a user and keep user sync from relinking it
  users enable USER         let user sync link it again (USER: logon, CRM id or mailbox)
  hooks install             one Graph change subscription per linked mailbox (clientState in the
                            keychain); checks the CRM&apos;s custom fields and lists missing ones
  hooks status [--json]     each subscription with its expiry, renewal time and health
  hooks remove              delete the change subscriptions
  serve                     the service: notification listener, subscriptions (renewed), a sync of
                            a mailbox on each notification and of everything every poll interval;
                            stops cleanly on SIGTERM / Ctrl+C
  queue list [--json] [--state STATE[,STATE]] [--user USER] [--limit N]
                            failed messages, newest first (states: waiting, retrying, parked,
                            resolved, discarded)
  queue show ID [--json]    one failed message: the change, the error and every attempt
  queue retry ID | --all [--state STATE] [--user USER]
                            retry at the next sync or service pass, even if parked
  queue discard ID --yes    give up a failed message (queue retry ID brings it back)
  queue export FILE         FILE.xml (like the legacy Event Data file), FILE.json or FILE.csv
  log [--since DATE] [--user USER] [--json] [--limit N]
                            the transaction log: what was applied, when, with what result
  log export FILE | log prune
                            FILE.csv or FILE.json; prune applies log/retentionDays
  notify test | notify digest
                            send a test error mail now | the error digest if one is due
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
  config remove-server NAME zusätzlichen Exchange-Server samt gespeicherten Geheimnissen entfernen
  secret set NAME[@SERVER]  Geheimnis im Schlüsselbund speichern; Wert kommt von stdin
                            (@SERVER: Client-Geheimnis eines zusätzlichen Exchange-Servers)
  secret status             Herkunft jedes Geheimnisses anzeigen (nie seinen Wert)
  demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]
                            die Sandboxes für Graph und Sage CRM mit Beispieldaten starten, ein
                            Profil dafür schreiben und vorführen, was das Produkt mit ihnen kann
  test-connection [--json] [--mailbox ADDRESS] [--write-probe]
                            jeden Schritt von den Einstellungen bis zum Listener prüfen und sagen,
                            was zu beheben ist; --write-probe erstellt und löscht zusätzlich
                            einen Testtermin im Postfach
  sync --once | --watch [--dry-run] [--yes] [--user USER]
                            Kalender synchronisieren (CRM-Termine &lt;-&gt; Outlook-Termine), einmal
                            oder in jedem Abfrageintervall bis Strg+C; Löschungen über dem
                            Sicherheitsanteil erfordern --yes
  users sync [--dry-run] [--yes] [--json]
                            CRM-Benutzer mit Postfächern verknüpfen (und fehlende als Ressourcen
                            anlegen): gibt den Plan aus und wendet ihn dann an; das Anlegen von
                            Benutzern erfordert --yes
  users list [--json]       Verknüpfung, Regel, Status und letzte Synchronisierung jedes
                            CRM-Benutzers (aus dem Journal)
  users disable USER        einen Benutzer nicht mehr synchronisieren und nicht neu verknüpfen
  users enable USER         erneutes Verknüpfen erlauben (USER: Anmeldename, CRM-ID oder Postfach)
  hooks install             ein Graph-Änderungsabonnement je verknüpftem Postfach (clientState im
                            Schlüsselbund); prüft die benutzerdefinierten Felder des CRM und
                            listet fehlende auf
  hooks status [--json]     jedes Abonnement mit Ablauf, Erneuerungszeit und Zustand
  hooks remove              die Änderungsabonnements löschen
  serve                     der Dienst: Benachrichtigungs-Listener, Abonnements (erneuert), eine
                            Synchronisierung des Postfachs bei jeder Benachrichtigung und von
                            allem in jedem Abfrageintervall; endet sauber bei SIGTERM / Strg+C
  queue list [--json] [--state STATE[,STATE]] [--user USER] [--limit N]
                            fehlgeschlagene Nachrichten, neueste zuerst (Status: waiting,
                            retrying, parked, resolved, discarded)
  queue show ID [--json]    eine fehlgeschlagene Nachricht: die Änderung, der Fehler, jeder Versuch
  queue retry ID | --all [--state STATE] [--user USER]
                            bei der nächsten Synchronisierung oder im nächsten Dienstdurchlauf
                            erneut versuchen, auch wenn zurückgestellt
  queue discard ID --yes    eine fehlgeschlagene Nachricht aufgeben (queue retry ID holt sie zurück)
  queue export FILE         FILE.xml (wie die frühere Event-Data-Datei), FILE.json oder FILE.csv
  log [--since DATE] [--user USER] [--json] [--limit N]
                            das Transaktionsprotokoll: was wann mit welchem Ergebnis angewendet wurde
  log export FILE | log prune
                            FILE.csv oder FILE.json; prune wendet log/retentionDays an
  notify test | notify digest
                            jetzt eine Test-Fehlermail senden | die Fehlerzusammenfassung, falls fällig
  version                   Version ausgeben

Geheimnisse: crm-password, nt-password, graph-client-secret, graph-certificate-password,
smtp-password, listener-client-state. Unbeaufsichtigte Läufe können sie über
CXSYNC_SECRET_&lt;NAME&gt; (z. B. CXSYNC_SECRET_CRM_PASSWORD), --secrets-file (Zeilen name=value,
Modus 0600) oder --password-stdin (dieselben Zeilen über die Standardeingabe) bereitstellen.

Exit-Status: 0 ok, 1 Vorgang fehlgeschlagen, 2 Aufruffehler oder ungültige Konfiguration.
</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="181"/>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="194"/>
        <location filename="../cli/Cli.cpp" line="196"/>
        <source>from --secrets-file</source>
        <translation>aus --secrets-file</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="201"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="209"/>
        <location filename="../cli/Cli.cpp" line="211"/>
        <source>from standard input</source>
        <translation>aus der Standardeingabe</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="223"/>
        <source>CRM Exchange Sync command line</source>
        <translation>CRM Exchange Sync – Befehlszeile</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="224"/>
        <source>Settings file (INI).</source>
        <translation>Einstellungsdatei (INI).</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="227"/>
        <source>Secrets file (mode 0600).</source>
        <translation>Geheimnisdatei (Modus 0600).</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="229"/>
        <source>Read name=value secrets from stdin.</source>
        <translation>Geheimnisse als name=value von stdin lesen.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="230"/>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="231"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="232"/>
        <source>demo: keep the profile here.</source>
        <translation>demo: Profil hier aufbewahren.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="234"/>
        <source>demo: sample users.</source>
        <translation>demo: Anzahl der Beispielbenutzer.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="237"/>
        <source>demo: sample appointments.</source>
        <translation>demo: Anzahl der Beispieltermine.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="239"/>
        <source>demo: sample data seed.</source>
        <translation>demo: Startwert für die Beispieldaten.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="241"/>
        <source>demo: keep the sandboxes running.</source>
        <translation>demo: Sandboxes weiterlaufen lassen.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="242"/>
        <source>test-connection: the test mailbox.</source>
        <translation>test-connection: das Testpostfach.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="244"/>
        <source>Show what would change; write nothing.</source>
        <translation>Anzeigen, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="245"/>
        <source>Confirm what would otherwise be declined.</source>
        <translation>Bestätigen, was sonst abgelehnt würde.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="247"/>
        <source>test-connection: create and delete a test event.</source>
        <translation>test-connection: einen Testtermin erstellen und wieder löschen.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="248"/>
        <source>sync: one run.</source>
        <translation>sync: ein Durchlauf.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="249"/>
        <source>sync: run every Poll Interval.</source>
        <translation>sync: in jedem Abfrageintervall ausführen.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="250"/>
        <source>sync, queue, log: only this user (logon or mailbox).</source>
        <translation>sync, queue, log: nur dieser Benutzer (Anmeldename oder Postfach).</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="251"/>
        <source>queue, log: from this date or time.</source>
        <translation>queue, log: ab diesem Datum oder Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="253"/>
        <source>queue retry: every matching message.</source>
        <translation>queue retry: alle passenden Nachrichten.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="254"/>
        <source>queue: only these states.</source>
        <translation>queue: nur diese Status.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="256"/>
        <source>queue list, log: at most N rows (0: all).</source>
        <translation>queue list, log: höchstens N Zeilen (0: alle).</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="263"/>
        <source>; see cxsync --help</source>
        <translation>; siehe cxsync --help</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="306"/>
        <source>usage: cxsync demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]</source>
        <translation>Aufruf: cxsync demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="318"/>
        <source>--users (1 to 100000), --appointments (0 to 1000000) and --seed must be whole numbers</source>
        <translation>--users (1 bis 100000), --appointments (0 bis 1000000) und --seed müssen ganze Zahlen sein</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="329"/>
        <source>usage: cxsync test-connection [--json] [--mailbox ADDRESS] [--write-probe]</source>
        <translation>Aufruf: cxsync test-connection [--json] [--mailbox ADDRESS] [--write-probe]</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="360"/>
        <source>usage: cxsync serve</source>
        <translation>Aufruf: cxsync serve</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="371"/>
        <source>usage: cxsync sync --once | --watch [--dry-run] [--yes] [--user USER]</source>
        <translation>Aufruf: cxsync sync --once | --watch [--dry-run] [--yes] [--user USER]</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="394"/>
        <source>unknown command &apos;%1&apos;; see cxsync --help</source>
        <translation>unbekannter Befehl „%1“; siehe cxsync --help</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="402"/>
        <source>usage: cxsync config %1</source>
        <translation>Aufruf: cxsync config %1</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="408"/>
        <source>config needs a subcommand: show, set, validate, import, export or remove-server</source>
        <translation>config erfordert einen Unterbefehl: show, set, validate, import, export oder remove-server</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="430"/>
        <source>settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="434"/>
        <location filename="../cli/Cli.cpp" line="444"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="438"/>
        <source>additional Exchange server %1</source>
        <translation>zusätzlicher Exchange-Server %1</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="462"/>
        <source>configuration is valid: %1</source>
        <translation>Konfiguration ist gültig: %1</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="476"/>
        <source>cannot read &apos;%1&apos;: no such file.</source>
        <translation>„%1“ kann nicht gelesen werden: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="478"/>
        <source>cannot read &apos;%1&apos;: it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="481"/>
        <source>&apos;%1&apos; is larger than 1 MiB; a settings file is a few kilobytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="484"/>
        <source>&apos;%1&apos; is not a valid INI file.</source>
        <translation>„%1“ ist keine gültige INI-Datei.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="499"/>
        <source>%1: secrets are not imported from files; use `cxsync secret set`.</source>
        <translation>%1: Geheimnisse werden nicht aus Dateien importiert; verwenden Sie `cxsync secret set`.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="178"/>
        <location filename="../cli/Cli.cpp" line="490"/>
        <location filename="../cli/Cli.cpp" line="504"/>
        <location filename="../cli/Cli.cpp" line="518"/>
        <location filename="../cli/Cli.cpp" line="547"/>
        <location filename="../cli/Cli.cpp" line="551"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="511"/>
        <source>&apos;%1&apos; holds no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="525"/>
        <source>the primary</source>
        <translation>der primäre</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="537"/>
        <source>%1: Exchange server %2 would be %3, like %4: each server or tenant may be configured once.</source>
        <translation>%1: Exchange-Server %2 wäre %3, wie %4: jeder Server bzw. Mandant darf nur einmal konfiguriert sein.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="542"/>
        <source>Exchange server %1</source>
        <translation>Exchange-Server %1</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="556"/>
        <source>nothing was imported.</source>
        <translation>es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="559"/>
        <source>imported %1 settings from %2</source>
        <translation>%1 Einstellungen aus %2 importiert</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="590"/>
        <location filename="../cli/Cli.cpp" line="596"/>
        <source>cannot write &apos;%1&apos;.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="598"/>
        <source>exported settings to %1 (secrets are not exported)</source>
        <translation>Einstellungen nach %1 exportiert (Geheimnisse werden nicht exportiert)</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="601"/>
        <source>unknown config subcommand &apos;%1&apos;; see cxsync --help</source>
        <translation>unbekannter config-Unterbefehl „%1“; siehe cxsync --help</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="607"/>
        <source>usage: cxsync config remove-server NAME</source>
        <translation>Aufruf: cxsync config remove-server NAME</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="616"/>
        <source>there is no additional Exchange server &apos;%1&apos; in %2</source>
        <translation>es gibt keinen zusätzlichen Exchange-Server &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="628"/>
        <source>Exchange server %1 removed from %2</source>
        <translation>Exchange-Server %1 aus %2 entfernt</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="633"/>
        <source>a stored password of Exchange server %1 was not deleted: %2 (delete it from the %3 by hand)</source>
        <translation>ein gespeichertes Kennwort von Exchange-Server %1 wurde nicht gelöscht: %2 (von Hand aus dem %3 löschen)</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="649"/>
        <source>usage: cxsync secret set NAME | cxsync secret status</source>
        <translation>Aufruf: cxsync secret set NAME | cxsync secret status</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="658"/>
        <source>usage: cxsync secret set NAME (the value is read from standard input)</source>
        <translation>Aufruf: cxsync secret set NAME (der Wert wird von der Standardeingabe gelesen)</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="666"/>
        <source>unknown secret &apos;%1&apos;; see cxsync --help for the names</source>
        <translation>unbekanntes Geheimnis „%1“; die Namen finden Sie unter cxsync --help</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="670"/>
        <source>there is no additional Exchange server &apos;%1&apos; in %2 (set its exchangeServers/%1/... settings first)</source>
        <translation>es gibt keinen zusätzlichen Exchange-Server &apos;%1&apos; in %2 (zuerst seine Einstellungen exchangeServers/%1/... setzen)</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="676"/>
        <source>secret set reads the value from standard input; do not combine it with --password-stdin</source>
        <translation>secret set liest den Wert von der Standardeingabe; kombinieren Sie es nicht mit --password-stdin</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="687"/>
        <source>no value on standard input for %1</source>
        <translation>kein Wert für %1 auf der Standardeingabe</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="691"/>
        <source>the value for %1 has more than one line</source>
        <translation>der Wert für %1 hat mehr als eine Zeile</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="695"/>
        <source>the value for %1 is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="703"/>
        <source>the value for %1 is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="716"/>
        <source>%1 was not stored: %2. Headless runs can use %3 or a --secrets-file instead.</source>
        <translation>%1 wurde nicht gespeichert: %2. Unbeaufsichtigte Läufe können stattdessen %3 oder --secrets-file verwenden.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="720"/>
        <source>%1 stored in the %2</source>
        <translation>%1 im %2 gespeichert</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="729"/>
        <source>usage: cxsync secret status</source>
        <translation>Aufruf: cxsync secret status</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="778"/>
        <source>in the %1</source>
        <translation>im %1</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="780"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="782"/>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
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
        <translation type="unfinished"></translation>
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
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="41"/>
        <source>The settings are incomplete or invalid: %1.</source>
        <translation>Die Einstellungen sind unvollständig oder ungültig: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="42"/>
        <source>Correct the settings and save them.</source>
        <translation>Korrigieren Sie die Einstellungen und speichern Sie sie.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="43"/>
        <source>Correct the field &apos;%1&apos; and save.</source>
        <translation>Korrigieren Sie das Feld „%1“ und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="49"/>
        <source>Enter the password or secret in the control panel and save, or store it with &apos;cxsync secret set NAME&apos; (read from standard input).</source>
        <translation>Geben Sie das Kennwort oder Geheimnis in der Systemsteuerung ein und speichern Sie, oder speichern Sie es mit „cxsync secret set NAME“ (liest von der Standardeingabe).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="55"/>
        <source>The name %1 does not resolve: %2.</source>
        <translation>Der Name %1 lässt sich nicht auflösen: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="56"/>
        <source>Check the spelling of the server name and this machine&apos;s DNS settings; an on-premises server may only be known by its internal DNS name.</source>
        <translation>Prüfen Sie die Schreibweise des Servernamens und die DNS-Einstellungen dieses Computers; ein lokaler Server ist möglicherweise nur unter seinem internen DNS-Namen bekannt.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="62"/>
        <source>%1 cannot be reached: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="63"/>
        <source>Check that the server is running and the port is right, and that no firewall or proxy blocks connections from this machine.</source>
        <translation>Prüfen Sie, ob der Server läuft und der Port stimmt und ob keine Firewall und kein Proxy Verbindungen von diesem Computer blockiert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="69"/>
        <source>The TLS certificate of %1 is not trusted: %2.</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="70"/>
        <source>Install the issuing CA&apos;s certificate in this machine&apos;s trust store, or give the server a certificate from a trusted CA whose name matches the host name and that has not expired. Certificate checks are never switched off.</source>
        <translation>Installieren Sie das Zertifikat der ausstellenden Zertifizierungsstelle im Vertrauensspeicher dieses Computers, oder geben Sie dem Server ein nicht abgelaufenes Zertifikat einer vertrauenswürdigen Zertifizierungsstelle, dessen Name zum Hostnamen passt. Zertifikatprüfungen werden nie abgeschaltet.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="78"/>
        <source>This machine&apos;s clock is %1 seconds %2 %3&apos;s clock.</source>
        <translation>Die Uhr dieses Computers geht gegenüber der Uhr von %3 um %1 Sekunden %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="80"/>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="80"/>
        <source>ahead of</source>
        <translation>vor</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="81"/>
        <source>Synchronize the clock with a time server (Windows: w32tm /resync; Linux: timedatectl set-ntp true). Sign-in and change tracking fail when clocks differ by minutes.</source>
        <translation>Synchronisieren Sie die Uhr mit einem Zeitserver (Windows: w32tm /resync; Linux: timedatectl set-ntp true). Anmeldung und Änderungsverfolgung schlagen fehl, wenn die Uhren um Minuten abweichen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="88"/>
        <source>The CRM lacks the fields the synchronization keeps its links in: %1.</source>
        <translation>Im CRM fehlen die Felder, in denen die Synchronisierung ihre Verknüpfungen speichert: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="90"/>
        <source>Add them in CRM Administration &gt; Customization as text fields (Users: User_ExchangeServer and User_ExchangeUserId; Communication: Comm_ExchangeId and Comm_ExchangeResponses), then run Test Connection again.</source>
        <translation>Legen Sie sie in der CRM-Administration unter Administration &gt; Anpassung als Textfelder an (Benutzer: User_ExchangeServer und User_ExchangeUserId; Kommunikation: Comm_ExchangeId und Comm_ExchangeResponses), und führen Sie dann „Verbindung testen“ erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="99"/>
        <source>The CRM&apos;s metadata could not show whether it has %1.</source>
        <translation>Die Metadaten des CRM konnten nicht zeigen, ob es %1 hat.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="100"/>
        <source>Check in CRM Administration &gt; Customization that they exist as text fields; synchronization goes on, and if one is missing the first write that needs it fails naming it.</source>
        <translation>Prüfen Sie in der CRM-Administration &gt; Anpassung, ob sie als Textfelder vorhanden sind; die Synchronisierung läuft weiter, und fehlt eines, scheitert der erste Schreibvorgang, der es braucht, und nennt es.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="107"/>
        <source>The CRM Exchange Sync service is not running on this machine (nothing listens on %1).</source>
        <translation>Der Dienst CRM Exchange Sync läuft auf diesem Computer nicht (auf %1 lauscht nichts).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="109"/>
        <source>Start it: &apos;cxsync serve&apos;, or its systemd unit or Windows service (the Service tab shows whether it runs); then run Test Connection again to check the public URL.</source>
        <translation>Starten Sie ihn: „cxsync serve“, oder seine systemd-Unit bzw. seinen Windows-Dienst (die Registerkarte „Dienst“ zeigt, ob er läuft); testen Sie danach die Verbindung erneut, um die öffentliche URL zu prüfen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="119"/>
        <source>The service runs on this machine (it listens on %1), but the public URL %2 does not reach it: %3.</source>
        <translation>Der Dienst läuft auf diesem Computer (er lauscht auf %1), aber die öffentliche URL %2 erreicht ihn nicht: %3.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="122"/>
        <source>Make sure the public URL (or the reverse proxy in front of it) forwards to %1, and that no firewall blocks it.</source>
        <translation>Stellen Sie sicher, dass die öffentliche URL (oder der vorgeschaltete Reverse-Proxy) an %1 weiterleitet und keine Firewall sie blockiert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="126"/>
        <source>Nothing answers the notification handshake at %1: %2.</source>
        <translation>Unter %1 beantwortet niemand den Benachrichtigungs-Handshake: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="127"/>
        <source>Start the CRM Exchange Sync service on this machine, and make sure the public URL (or the reverse proxy in front of it) forwards to the listener&apos;s bind address and port.</source>
        <translation>Starten Sie den Dienst CRM Exchange Sync auf diesem Computer, und stellen Sie sicher, dass die öffentliche URL (oder der vorgeschaltete Reverse-Proxy) an Bindungsadresse und Port des Listeners weiterleitet.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="134"/>
        <source>Something answers at %1, but not the notification listener: %2.</source>
        <translation>Unter %1 antwortet etwas, aber nicht der Benachrichtigungs-Listener: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="135"/>
        <source>Point the reverse proxy at the listener&apos;s bind address and port, and the public URL at the proxy.</source>
        <translation>Richten Sie den Reverse-Proxy auf Bindungsadresse und Port des Listeners aus und die öffentliche URL auf den Proxy.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="141"/>
        <source>no application permissions at all</source>
        <translation>überhaupt keine Anwendungsberechtigungen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="144"/>
        <source>The app registration lacks admin-consented application permission %1 (its token carries %2).</source>
        <translation>Der App-Registrierung fehlt die Anwendungsberechtigung %1 mit Administratorzustimmung (ihr Token enthält %2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="146"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="147"/>
        <source>In the Microsoft Entra admin center open App registrations &gt; the app &gt; API permissions, add the Microsoft Graph application permissions Calendars.ReadWrite and User.Read.All, and select &apos;Grant admin consent&apos;.</source>
        <translation>Öffnen Sie im Microsoft Entra Admin Center App-Registrierungen &gt; die App &gt; API-Berechtigungen, fügen Sie die Microsoft Graph-Anwendungsberechtigungen Calendars.ReadWrite und User.Read.All hinzu, und wählen Sie „Administratorzustimmung erteilen“.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="155"/>
        <source>The CRM rejected the logon &apos;%1&apos;: wrong user name or password.</source>
        <translation>Das CRM hat die Anmeldung „%1“ abgelehnt: falscher Benutzername oder falsches Kennwort.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="156"/>
        <source>Check CRM User For Synchronization and enter its password again: it is the user&apos;s CRM logon, as used in the CRM web client.</source>
        <translation>Prüfen Sie „CRM-Benutzer für die Synchronisierung“ und geben Sie das Kennwort erneut ein: Es ist die CRM-Anmeldung des Benutzers, wie sie im CRM-Webclient verwendet wird.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="160"/>
        <source>The CRM user &apos;%1&apos; is disabled.</source>
        <translation>Der CRM-Benutzer „%1“ ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="161"/>
        <source>In CRM Administration &gt; Users, open the user and clear Disabled, or choose another user for synchronization.</source>
        <translation>Öffnen Sie in der CRM-Administration unter Administration &gt; Benutzer den Benutzer und entfernen Sie „Disabled“ (Deaktiviert), oder wählen Sie einen anderen Benutzer für die Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="165"/>
        <source>The CRM user &apos;%1&apos; is a resource, and resources cannot log on.</source>
        <translation>Der CRM-Benutzer „%1“ ist eine Ressource, und Ressourcen können sich nicht anmelden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="166"/>
        <source>Use a full CRM user for synchronization, ideally a dedicated one with administrator rights.</source>
        <translation>Verwenden Sie für die Synchronisierung einen vollwertigen CRM-Benutzer, am besten einen eigenen mit Administratorrechten.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="170"/>
        <source>The CRM user &apos;%1&apos; may not log on through the API: External Logon Allowed is not set.</source>
        <translation>Der CRM-Benutzer „%1“ darf sich nicht über die API anmelden: „External Logon Allowed“ ist nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="173"/>
        <source>In CRM Administration &gt; Users, open the user, tick External Logon Allowed and save.</source>
        <translation>Öffnen Sie in der CRM-Administration unter Administration &gt; Benutzer den Benutzer, aktivieren Sie „External Logon Allowed“ und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="176"/>
        <source>The CRM accepted the password of &apos;%1&apos; but refused API access.</source>
        <translation>Das CRM hat das Kennwort von „%1“ akzeptiert, aber den API-Zugriff verweigert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="177"/>
        <source>In CRM Administration &gt; Users, make sure the user is not disabled, is not a resource and has External Logon Allowed ticked.</source>
        <translation>Stellen Sie in der CRM-Administration unter Administration &gt; Benutzer sicher, dass der Benutzer nicht deaktiviert und keine Ressource ist und „External Logon Allowed“ aktiviert hat.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="180"/>
        <source>The CRM</source>
        <translation>Das CRM</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="188"/>
        <source>The client certificate cannot be used: %1</source>
        <translation>Das Clientzertifikat kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="190"/>
        <source>Select the certificate file that holds both the certificate and its private key (PEM or PFX); renew an expired certificate and upload its public part to the app registration.</source>
        <translation>Wählen Sie die Zertifikatdatei, die sowohl das Zertifikat als auch seinen privaten Schlüssel enthält (PEM oder PFX); erneuern Sie ein abgelaufenes Zertifikat und laden Sie seinen öffentlichen Teil in die App-Registrierung hoch.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="193"/>
        <source>Enter the certificate file&apos;s password again (Certificate Password).</source>
        <translation>Geben Sie das Kennwort der Zertifikatdatei erneut ein (Zertifikatkennwort).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="195"/>
        <source>Microsoft Entra does not know the tenant &apos;%1&apos; (%2).</source>
        <translation>Microsoft Entra kennt den Mandanten „%1“ nicht (%2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="196"/>
        <source>Copy the Directory (tenant) ID from the Microsoft Entra admin center &gt; Overview, or use one of the tenant&apos;s verified domain names.</source>
        <translation>Kopieren Sie die Verzeichnis-ID (Mandant) aus dem Microsoft Entra Admin Center &gt; Übersicht, oder verwenden Sie einen der verifizierten Domänennamen des Mandanten.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="200"/>
        <source>The tenant has no application with the client id &apos;%1&apos; (%2).</source>
        <translation>Der Mandant hat keine Anwendung mit der Client-ID „%1“ (%2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="201"/>
        <source>Copy the Application (client) ID from App registrations &gt; the app &gt; Overview, and check that the app is registered in this tenant.</source>
        <translation>Kopieren Sie die Anwendungs-ID (Client) aus App-Registrierungen &gt; die App &gt; Übersicht, und prüfen Sie, ob die App in diesem Mandanten registriert ist.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="204"/>
        <source>Microsoft Entra refused the client secret (%1).</source>
        <translation>Microsoft Entra hat den geheimen Clientschlüssel abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="205"/>
        <source>Enter the secret&apos;s Value, not its Secret ID. If the value is lost, create a new client secret under App registrations &gt; the app &gt; Certificates &amp; secrets.</source>
        <translation>Geben Sie den Wert des Geheimnisses ein, nicht seine geheime ID. Ist der Wert verloren, erstellen Sie unter App-Registrierungen &gt; die App &gt; Zertifikate &amp; Geheimnisse einen neuen geheimen Clientschlüssel.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="208"/>
        <source>The client secret has expired (%1).</source>
        <translation>Der geheime Clientschlüssel ist abgelaufen (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="209"/>
        <source>Create a new client secret under App registrations &gt; the app &gt; Certificates &amp; secrets, enter its value here, and note when it expires.</source>
        <translation>Erstellen Sie unter App-Registrierungen &gt; die App &gt; Zertifikate &amp; Geheimnisse einen neuen geheimen Clientschlüssel, geben Sie hier seinen Wert ein und notieren Sie, wann er abläuft.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="213"/>
        <source>Microsoft Entra could not verify the certificate&apos;s signature (%1).</source>
        <translation>Microsoft Entra konnte die Signatur des Zertifikats nicht überprüfen (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="214"/>
        <source>Upload the certificate&apos;s public part (.cer) under App registrations &gt; the app &gt; Certificates &amp; secrets, or select the certificate that is registered there.</source>
        <translation>Laden Sie den öffentlichen Teil des Zertifikats (.cer) unter App-Registrierungen &gt; die App &gt; Zertifikate &amp; Geheimnisse hoch, oder wählen Sie das dort registrierte Zertifikat.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="218"/>
        <source>The signed sign-in request is outside its valid time range (%1).</source>
        <translation>Die signierte Anmeldeanforderung liegt außerhalb ihres Gültigkeitszeitraums (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="219"/>
        <source>Synchronize this machine&apos;s clock with a time server (Windows: w32tm /resync; Linux: timedatectl set-ntp true).</source>
        <translation>Synchronisieren Sie die Uhr dieses Computers mit einem Zeitserver (Windows: w32tm /resync; Linux: timedatectl set-ntp true).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="222"/>
        <source>Microsoft Entra refused the sign-in: %1</source>
        <translation>Microsoft Entra hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="223"/>
        <source>Look the code up in Microsoft&apos;s AADSTS error reference; check tenant, client id and credential.</source>
        <translation>Schlagen Sie den Code in der AADSTS-Fehlerreferenz von Microsoft nach; prüfen Sie Mandant, Client-ID und Anmeldeinformationen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="225"/>
        <source>The Microsoft Entra sign-in endpoint</source>
        <translation>Der Anmeldeendpunkt von Microsoft Entra</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="234"/>
        <source>An Exchange Online application access policy keeps the app away from the mailbox &apos;%1&apos;.</source>
        <translation>Eine Anwendungszugriffsrichtlinie von Exchange Online sperrt die App für das Postfach „%1“.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="237"/>
        <source>Add the mailbox to the mail-enabled security group the policy is scoped to, or change the policy (Exchange Online PowerShell: Get-ApplicationAccessPolicy, Test-ApplicationAccessPolicy -Identity &lt;mailbox&gt; -AppId &lt;client id&gt;). Changes take a while to apply.</source>
        <translation>Fügen Sie das Postfach der E-Mail-aktivierten Sicherheitsgruppe hinzu, auf die die Richtlinie beschränkt ist, oder ändern Sie die Richtlinie (Exchange Online PowerShell: Get-ApplicationAccessPolicy, Test-ApplicationAccessPolicy -Identity &lt;mailbox&gt; -AppId &lt;client id&gt;). Änderungen werden erst nach einiger Zeit wirksam.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="246"/>
        <source>The mailbox &apos;%1&apos; is inactive, soft-deleted, unlicensed or hosted on-premises.</source>
        <translation>Das Postfach „%1“ ist inaktiv, vorläufig gelöscht, nicht lizenziert oder lokal gehostet.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="247"/>
        <source>Assign the user an Exchange Online licence, or choose a mailbox in Exchange Online (mailboxes on premises are reached over EWS).</source>
        <translation>Weisen Sie dem Benutzer eine Exchange Online-Lizenz zu, oder wählen Sie ein Postfach in Exchange Online (lokale Postfächer werden über EWS erreicht).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="251"/>
        <source>Exchange has no mailbox &apos;%1&apos;.</source>
        <translation>Exchange hat kein Postfach „%1“.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="252"/>
        <source>Check the address: use the mailbox&apos;s primary SMTP address or the user&apos;s principal name in this tenant.</source>
        <translation>Prüfen Sie die Adresse: Verwenden Sie die primäre SMTP-Adresse des Postfachs oder den Benutzerprinzipalnamen in diesem Mandanten.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="254"/>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="260"/>
        <source>%1 is throttling requests: %2</source>
        <translation>%1 drosselt Anfragen: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="261"/>
        <source>Wait a few minutes and test again; if it persists, another program may be using the same account or app registration heavily.</source>
        <translation>Warten Sie einige Minuten und testen Sie erneut; bleibt der Fehler bestehen, nutzt möglicherweise ein anderes Programm dasselbe Konto oder dieselbe App-Registrierung sehr stark.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="267"/>
        <source>%1 did not answer in time: %2</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="268"/>
        <source>Check the network path (firewalls that drop packets, proxies) and the server&apos;s load.</source>
        <translation>Prüfen Sie den Netzwerkpfad (Firewalls, die Pakete verwerfen, Proxys) und die Auslastung des Servers.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="272"/>
        <source>%1 answered: %2</source>
        <translation>%1 hat geantwortet: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="273"/>
        <source>Test again; if it persists, turn on Diagnostic Mode and read the trace in the log.</source>
        <translation>Testen Sie erneut; bleibt der Fehler bestehen, schalten Sie den Diagnosemodus ein und lesen Sie die Ablaufverfolgung im Protokoll.</translation>
    </message>
</context>
<context>
    <name>cxsync::ConnectionTest</name>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="122"/>
        <source>Settings are complete and valid</source>
        <translation>Einstellungen vollständig und gültig</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="124"/>
        <source>Server names resolve</source>
        <translation>Servernamen lassen sich auflösen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="126"/>
        <source>Servers accept connections</source>
        <translation>Server nehmen Verbindungen an</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="128"/>
        <source>TLS handshake and certificates</source>
        <translation>TLS-Handshake und Zertifikate</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="130"/>
        <source>CRM logon</source>
        <translation>CRM-Anmeldung</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="132"/>
        <source>CRM user may log on externally</source>
        <translation>CRM-Benutzer darf sich extern anmelden</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="134"/>
        <source>CRM custom fields present</source>
        <translation>Benutzerdefinierte CRM-Felder vorhanden</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="136"/>
        <source>CRM REST API level</source>
        <translation>Stand der CRM-REST-API</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="138"/>
        <source>Microsoft Entra token obtained</source>
        <translation>Token von Microsoft Entra erhalten</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="140"/>
        <source>Permission to read users</source>
        <translation>Berechtigung zum Lesen von Benutzern</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="142"/>
        <source>Permission to read and write the test mailbox&apos;s calendar</source>
        <translation>Berechtigung zum Lesen und Schreiben des Kalenders im Testpostfach</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="144"/>
        <source>Additional Exchange servers reachable</source>
        <translation>Zusätzliche Exchange-Server erreichbar</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="146"/>
        <source>Clocks agree</source>
        <translation>Uhren stimmen überein</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="148"/>
        <source>Notification listener reachable</source>
        <translation>Benachrichtigungs-Listener erreichbar</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="209"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="252"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="213"/>
        <source>Skipped: the settings are not usable.</source>
        <translation>Übersprungen: Die Einstellungen sind nicht verwendbar.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="300"/>
        <source>Make sure the keychain (Secret Service) is running and unlocked, or hand the secrets in with --secrets-file.</source>
        <translation>Stellen Sie sicher, dass der Schlüsselbund (Secret Service) läuft und entsperrt ist, oder übergeben Sie die Geheimnisse mit --secrets-file.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="324"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="326"/>
        <source>Microsoft Entra sign-in</source>
        <translation>Microsoft Entra-Anmeldung</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="327"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="756"/>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="329"/>
        <source>Exchange Web Services</source>
        <translation>Exchange Web Services</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="334"/>
        <source>Microsoft Entra sign-in (%1)</source>
        <translation>Microsoft-Entra-Anmeldung (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="336"/>
        <source>Microsoft Graph (%1)</source>
        <translation>Microsoft Graph (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="342"/>
        <source>Settings valid; secrets found; servers: %1</source>
        <translation>Einstellungen gültig; Geheimnisse gefunden; Server: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="425"/>
        <source>%1 is an address</source>
        <translation>%1 ist eine Adresse</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="437"/>
        <source>no addresses</source>
        <translation>keine Adressen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="453"/>
        <source>no answer from DNS within %1 s</source>
        <translation>keine Antwort vom DNS innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="480"/>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="488"/>
        <source>no answer within %1 s (a firewall may be dropping the connection)</source>
        <translation>keine Antwort innerhalb von %1 s (möglicherweise verwirft eine Firewall die Verbindung)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="505"/>
        <source>plain HTTP on loopback, no TLS</source>
        <translation>unverschlüsseltes HTTP auf Loopback, kein TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="538"/>
        <source>the certificate&apos;s SHA-256 fingerprint %1 is not the pinned one</source>
        <translation>der SHA-256-Fingerabdruck %1 des Zertifikats ist nicht der festgelegte</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="543"/>
        <source>%1, certificate for %2 issued by %3, valid until %4</source>
        <translation>%1, Zertifikat für %2, ausgestellt von %3, gültig bis %4</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="561"/>
        <source>no TLS handshake within %1 s</source>
        <translation>kein TLS-Handshake innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="573"/>
        <source>Skipped: the CRM server cannot be reached.</source>
        <translation>Übersprungen: Der CRM-Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="586"/>
        <source>Logged on as &apos;%1&apos; (%2 %3).</source>
        <translation>Angemeldet als „%1“ (%2 %3).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="591"/>
        <source>The CRM accepted the logon &apos;%1&apos;.</source>
        <translation>Das CRM hat die Anmeldung „%1“ akzeptiert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="605"/>
        <source>Skipped: no CRM logon.</source>
        <translation>Übersprungen: keine CRM-Anmeldung.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="618"/>
        <source>&apos;%1&apos; may use the CRM&apos;s REST API.</source>
        <translation>„%1“ darf die REST-API des CRM verwenden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="626"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="665"/>
        <source>Skipped: no CRM access.</source>
        <translation>Übersprungen: kein CRM-Zugriff.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="638"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="677"/>
        <source>The CRM</source>
        <translation>Das CRM</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="641"/>
        <source>Missing: %1</source>
        <translation>Fehlend: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="645"/>
        <source>Could not confirm: %1 (%2).</source>
        <translation>Nicht bestätigt: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="651"/>
        <source>User_ExchangeServer, User_ExchangeUserId, Comm_ExchangeId and Comm_ExchangeResponses are present.</source>
        <translation>User_ExchangeServer, User_ExchangeUserId, Comm_ExchangeId und Comm_ExchangeResponses sind vorhanden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="656"/>
        <source>Checked on records: %1.</source>
        <translation>An Datensätzen geprüft: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="689"/>
        <source>Not used: the Exchange server is on premises (EWS).</source>
        <translation>Nicht verwendet: Der Exchange-Server ist lokal (EWS).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="693"/>
        <source>Skipped: the sign-in endpoint cannot be reached.</source>
        <translation>Übersprungen: Der Anmeldeendpunkt ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="712"/>
        <source>Token obtained; it carries no application permissions (admin consent missing?).</source>
        <translation>Token erhalten; es enthält keine Anwendungsberechtigungen (fehlt die Administratorzustimmung?).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="713"/>
        <source>Token obtained; application permissions: %1.</source>
        <translation>Token erhalten; Anwendungsberechtigungen: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="723"/>
        <source>Not available: the EWS connection is not built yet.</source>
        <translation>Nicht verfügbar: Die EWS-Verbindung ist noch nicht implementiert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="725"/>
        <source>Skipped: no token.</source>
        <translation>Übersprungen: kein Token.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="755"/>
        <source>The users answer has no &apos;value&apos; list.</source>
        <translation>Die Antwort mit den Benutzern enthält keine Liste „value“.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="759"/>
        <source>The directory&apos;s users can be read.</source>
        <translation>Die Benutzer des Verzeichnisses können gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="772"/>
        <source>No test mailbox: set Exchange Account or name one with --mailbox.</source>
        <translation>Kein Testpostfach: Legen Sie „Exchange-Konto“ fest oder geben Sie eines mit --mailbox an.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="803"/>
        <source>The calendar of %1 can be read (write probe not requested).</source>
        <translation>Der Kalender von %1 kann gelesen werden (Schreibprobe nicht angefordert).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="808"/>
        <source>CRM Exchange Sync connection test (safe to delete)</source>
        <translation>CRM Exchange Sync – Verbindungstest (kann gelöscht werden)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="809"/>
        <source>Created and deleted again by Test Connection.</source>
        <translation>Von „Verbindung testen“ erstellt und wieder gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="823"/>
        <source>Reading works, creating a test event does not: %1</source>
        <translation>Lesen funktioniert, das Erstellen eines Testtermins nicht: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="835"/>
        <source>A test event was created but could not be deleted (delete it by hand: &apos;CRM Exchange Sync connection test&apos;, id %1): %2</source>
        <translation>Ein Testtermin wurde erstellt, konnte aber nicht gelöscht werden (löschen Sie ihn von Hand: „CRM Exchange Sync – Verbindungstest“, ID %1): %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="841"/>
        <source>The calendar of %1 can be read and written (a test event was created and deleted).</source>
        <translation>Der Kalender von %1 kann gelesen und geschrieben werden (ein Testtermin wurde erstellt und gelöscht).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="859"/>
        <source>No additional Exchange servers are configured.</source>
        <translation>Es sind keine zusätzlichen Exchange-Server konfiguriert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="902"/>
        <source>no token: %1</source>
        <translation>kein Token: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="918"/>
        <source>the directory cannot be read: %1</source>
        <translation>das Verzeichnis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="938"/>
        <source>the calendar of %1 cannot be read: %2</source>
        <translation>der Kalender von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="944"/>
        <source>token obtained, the directory and the calendar of %1 can be read.</source>
        <translation>Token erhalten, das Verzeichnis und der Kalender von %1 können gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="958"/>
        <source>Skipped: no server answered.</source>
        <translation>Übersprungen: Kein Server hat geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="974"/>
        <source>%1: %2 s</source>
        <translation>%1: %2 s</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="982"/>
        <source>Skipped: no server answered with its time.</source>
        <translation>Übersprungen: Kein Server hat mit seiner Uhrzeit geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="986"/>
        <source>Server clock minus this machine&apos;s: %1</source>
        <translation>Serveruhr minus Uhr dieses Computers: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="995"/>
        <source>Push notifications are not configured; changes are found by polling.</source>
        <translation>Push-Benachrichtigungen sind nicht konfiguriert; Änderungen werden durch Abfragen (Polling) gefunden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1057"/>
        <source>The listener at %1 answered the validation handshake (the service runs on another machine: nothing listens on %2 here).</source>
        <translation>Der Listener unter %1 hat den Validierungs-Handshake beantwortet (der Dienst läuft auf einem anderen Computer: hier lauscht nichts auf %2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1063"/>
        <source>The CRM Exchange Sync service is not running on this machine (nothing listens on %1), so %2 cannot answer yet.</source>
        <translation>Der Dienst CRM Exchange Sync läuft auf diesem Computer nicht (auf %1 lauscht nichts), daher kann %2 noch nicht antworten.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1076"/>
        <source>HTTP %1 without the validation token</source>
        <translation>HTTP %1 ohne das Validierungstoken</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1056"/>
        <source>The listener at %1 answered the validation handshake.</source>
        <translation>Der Listener unter %1 hat den Validierungs-Handshake beantwortet.</translation>
    </message>
</context>
<context>
    <name>cxsync::Connections</name>
    <message>
        <location filename="../core/connect/Connections.cpp" line="140"/>
        <source>CRM Server is not set</source>
        <translation>„CRM-Server“ ist nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="142"/>
        <source>CRM Path is not set</source>
        <translation>„CRM-Pfad“ ist nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="149"/>
        <source>CRM REST URL &apos;%1&apos; is not a valid URL</source>
        <translation>„CRM-REST-URL“ „%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="210"/>
        <source>the secret store went away</source>
        <translation>der Geheimnisspeicher ist nicht mehr verfügbar</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="225"/>
        <source>%1 (%2) could not be read: %3</source>
        <translation>%1 (%2) konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="227"/>
        <source>%1 of Exchange server %2 (%3) could not be read: %4</source>
        <translation>%1 von Exchange-Server %2 (%3) konnte nicht gelesen werden: %4</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="234"/>
        <source>%1 is not stored: set it in the control panel or with &apos;cxsync secret set %2&apos;</source>
        <translation>%1 ist nicht gespeichert: Legen Sie es in der Systemsteuerung oder mit „cxsync secret set %2“ fest</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="237"/>
        <source>%1 of Exchange server %2 is not stored: set it in the control panel or with &apos;cxsync secret set %3&apos;</source>
        <translation>%1 von Exchange-Server %2 ist nicht gespeichert: in der Systemsteuerung setzen oder mit &apos;cxsync secret set %3&apos;</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="308"/>
        <source>Exchange server %1 is on-premises Exchange (EWS), which synchronization cannot use yet: configure it as Exchange Online (Microsoft Graph) or remove it.</source>
        <translation>Exchange-Server %1 ist ein lokaler Exchange-Server (EWS), den die Synchronisierung noch nicht nutzen kann: als Exchange Online (Microsoft Graph) konfigurieren oder entfernen.</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="323"/>
        <source>the settings are not valid: %1: %2</source>
        <translation>die Einstellungen sind ungültig: %1: %2</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="361"/>
        <source>additional Exchange servers need the primary one on Exchange Online (Microsoft Graph): on-premises Exchange (EWS) cannot be synchronized yet.</source>
        <translation>zusätzliche Exchange-Server setzen voraus, dass der primäre Exchange Online (Microsoft Graph) ist: lokales Exchange (EWS) kann noch nicht synchronisiert werden.</translation>
    </message>
</context>
<context>
    <name>cxsync::ControlPanelWindow</name>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="49"/>
        <source>Exchange Online (Microsoft Graph)</source>
        <translation>Exchange Online (Microsoft Graph)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="50"/>
        <source>Exchange Server on-premises (EWS)</source>
        <translation>Exchange Server lokal (EWS)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="52"/>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="53"/>
        <source>Certificate file</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="56"/>
        <source>Exchange wins</source>
        <translation>Exchange gewinnt</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="58"/>
        <source>CRM wins</source>
        <translation>CRM gewinnt</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="59"/>
        <source>Last modified wins</source>
        <translation>Letzte Änderung gewinnt</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="63"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="65"/>
        <source>TLS (port 465)</source>
        <translation>TLS (Port 465)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="66"/>
        <source>None (trusted relay only)</source>
        <translation>Keine (nur vertrauenswürdiges Relay)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="74"/>
        <source>this server&apos;s zone; or e.g. Europe/London, GMT Standard Time, +1, -3.5</source>
        <translation>Zeitzone dieses Servers; oder z. B. Europe/London, GMT Standard Time, +1, -3.5</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="77"/>
        <source>install name, e.g. CRM</source>
        <translation>Installationsname, z. B. CRM</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="79"/>
        <source>default: journal.sqlite in the data directory</source>
        <translation>Standard: journal.sqlite im Datenverzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="81"/>
        <source>default: beside the settings file, or the user data folder</source>
        <translation>Standard: neben der Einstellungsdatei oder im Benutzerdatenordner</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="83"/>
        <source>DOMAIN\account</source>
        <translation>DOMÄNE\Konto</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="85"/>
        <source>mailbox, e.g. admin@contoso.com</source>
        <translation>Postfach, z. B. admin@contoso.com</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="87"/>
        <source>tenant GUID or contoso.onmicrosoft.com</source>
        <translation>Mandanten-GUID oder contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="89"/>
        <source>application (client) GUID from the app registration</source>
        <translation>Anwendungs-ID (Client) als GUID aus der App-Registrierung</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="91"/>
        <source>default: https://&lt;Primary Exchange Server&gt;/EWS/Exchange.asmx</source>
        <translation>Standard: https://&lt;Primärer Exchange-Server&gt;/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="93"/>
        <source>default: https://&lt;CRM Server&gt;/sdata/&lt;CRM Path&gt;j/sagecrm2/-/</source>
        <translation>Standard: https://&lt;CRM-Server&gt;/sdata/&lt;CRM-Pfad&gt;j/sagecrm2/-/</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="95"/>
        <source>https URL Microsoft Graph can reach; empty = polling only</source>
        <translation>https-URL, die Microsoft Graph erreichen kann; leer = nur Abfrage (Polling)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="97"/>
        <source>PEM file for the listener&apos;s own HTTPS; empty = plain HTTP behind a proxy</source>
        <translation>PEM-Datei für das eigene HTTPS des Listeners; leer = unverschlüsseltes HTTP hinter einem Proxy</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="99"/>
        <source>its unencrypted PEM private key (both or neither)</source>
        <translation>zugehöriger unverschlüsselter privater PEM-Schlüssel (beide oder keines)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="108"/>
        <source>CRM Exchange Sync Control Panel</source>
        <translation>CRM Exchange Sync – Systemsteuerung</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="111"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="269"/>
        <source>Additional Exchange Servers</source>
        <translation>Zusätzliche Exchange-Server</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="120"/>
        <source>Control Panel</source>
        <translation>Systemsteuerung</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="124"/>
        <source>Advanced Settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="127"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="137"/>
        <source>Failed Messages</source>
        <translation>Fehlgeschlagene Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="141"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="147"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="151"/>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="160"/>
        <source>Passwords cannot be stored: %1. The passwords just saved are kept for this session only and are lost when the panel closes; the service needs them in a keychain, CXSYNC_SECRET_* variables or a secrets file.</source>
        <translation>Kennwörter können nicht gespeichert werden: %1. Die soeben gespeicherten Kennwörter bleiben nur für diese Sitzung erhalten und gehen beim Schließen der Systemsteuerung verloren; der Dienst benötigt sie in einem Schlüsselbund, in den Variablen CXSYNC_SECRET_* oder in einer Geheimnisdatei.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="167"/>
        <source>CRM Exchange Sync %1. Settings from %2.</source>
        <translation>CRM Exchange Sync %1. Einstellungen aus %2.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="199"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="218"/>
        <source>Which Server Are You On</source>
        <translation>Auf welchem Server befinden Sie sich</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="220"/>
        <source>On CRM Server</source>
        <translation>Auf dem CRM-Server</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="222"/>
        <source>Exchange Server</source>
        <translation>Exchange-Server</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="238"/>
        <source>Required Information</source>
        <translation>Erforderliche Informationen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="243"/>
        <source>User Password</source>
        <translation>Benutzerkennwort</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="255"/>
        <source>Exchange Online (Graph)</source>
        <translation>Exchange Online (Graph)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="261"/>
        <source>Client Secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="263"/>
        <source>Certificate Password</source>
        <translation>Zertifikatkennwort</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="271"/>
        <source>Further Exchange Online tenants synchronized with the same CRM, each with its own app registration.</source>
        <translation>Weitere Exchange-Online-Mandanten, die mit demselben CRM synchronisiert werden, jeder mit eigener App-Registrierung.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="277"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="277"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="277"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="285"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="287"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="289"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="306"/>
        <source>NT Account Information</source>
        <translation>NT-Kontoinformationen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="310"/>
        <source>NT Account Password</source>
        <translation>NT-Kontokennwort</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="311"/>
        <source>Re-enter Password</source>
        <translation>Kennwort erneut eingeben</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="318"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="330"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="333"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="615"/>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="335"/>
        <source>Check every step from the settings to the notification listener; each failure names its cause and its fix.</source>
        <translation>Jeden Schritt von den Einstellungen bis zum Benachrichtigungs-Listener prüfen; jeder Fehler nennt seine Ursache und seine Behebung.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="338"/>
        <source>Also create and delete a test event in the Exchange Account&apos;s calendar</source>
        <translation>Außerdem einen Testtermin im Kalender des Exchange-Kontos erstellen und wieder löschen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="366"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="391"/>
        <source>Synchronization</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="393"/>
        <source>Error E-mail (SMTP)</source>
        <translation>Fehler-E-Mail (SMTP)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="395"/>
        <source>SMTP Password</source>
        <translation>SMTP-Kennwort</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="396"/>
        <source>Notification Listener</source>
        <translation>Benachrichtigungs-Listener</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="398"/>
        <source>Service Addresses</source>
        <translation>Dienstadressen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="399"/>
        <source>Certificates (on-premises servers)</source>
        <translation>Zertifikate (lokale Server)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="400"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="401"/>
        <source>Failed Messages and Log</source>
        <translation>Fehlgeschlagene Nachrichten und Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="445"/>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="536"/>
        <source>required on the Exchange server, e.g. /var/lib/cxsync/journal.sqlite</source>
        <translation>auf dem Exchange-Server erforderlich, z. B. /var/lib/cxsync/journal.sqlite</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="559"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="587"/>
        <source>Test Connection: cancelling after the current step...</source>
        <translation>Verbindungstest: wird nach dem aktuellen Schritt abgebrochen...</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="598"/>
        <source>Test Connection: %v of %m steps</source>
        <translation>Verbindungstest: Schritt %v von %m</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="600"/>
        <source>Cancel Test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="601"/>
        <source>Test Connection started (saved settings: %1).</source>
        <translation>Verbindungstest gestartet (gespeicherte Einstellungen: %1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ControlPanelWindow.cpp" line="612"/>
        <source>Test Connection passed with %n warning(s); see above.</source>
        <translation>
            <numerusform>Verbindungstest mit %n Warnung bestanden; siehe oben.</numerusform>
            <numerusform>Verbindungstest mit %n Warnungen bestanden; siehe oben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="613"/>
        <source>Test Connection passed.</source>
        <translation>Verbindungstest bestanden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ControlPanelWindow.cpp" line="611"/>
        <source>Test Connection found %n problem(s); see the causes and fixes above.</source>
        <translation>
            <numerusform>Der Verbindungstest hat %n Problem gefunden; Ursachen und Behebung siehe oben.</numerusform>
            <numerusform>Der Verbindungstest hat %n Probleme gefunden; Ursachen und Behebung siehe oben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="628"/>
        <source>Passed: %1 (%2 ms)</source>
        <translation>Bestanden: %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="631"/>
        <source>FAILED: %1 (%2 ms)</source>
        <translation>FEHLGESCHLAGEN: %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="634"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="637"/>
        <source>Warning: %1 (%2 ms)</source>
        <translation>Warnung: %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="644"/>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="645"/>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="662"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="664"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="709"/>
        <source>stored; leave empty to keep</source>
        <translation>gespeichert; leer lassen, um den Wert beizubehalten</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="667"/>
        <source>Passwords cannot be stored: %1. Passwords saved now are kept for this session only.</source>
        <translation>Kennwörter können nicht gespeichert werden: %1. Jetzt gespeicherte Kennwörter bleiben nur für diese Sitzung erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="691"/>
        <source>Saving settings…</source>
        <translation>Einstellungen werden gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="700"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Es wurde nichts gespeichert: Korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="705"/>
        <source>Settings saved to %1.</source>
        <translation>Einstellungen in %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="710"/>
        <source>%1 stored in the %2.</source>
        <translation>%1 im %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="715"/>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="716"/>
        <source>Journal: %1; data directory: %2.</source>
        <translation>Journal: %1; Datenverzeichnis: %2.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="815"/>
        <source>Remove the additional Exchange server %1 (%2)? Its settings and its stored client secret and certificate password are deleted, and its mailboxes are no longer synchronized.</source>
        <translation>Den zusätzlichen Exchange-Server %1 (%2) entfernen? Seine Einstellungen sowie sein gespeichertes Client-Geheimnis und Zertifikatkennwort werden gelöscht, und seine Postfächer werden nicht mehr synchronisiert.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="829"/>
        <source>Exchange server %1 was not removed: %2</source>
        <translation>Exchange-Server %1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="835"/>
        <source>Exchange server %1 (%2) removed from %3.</source>
        <translation>Exchange-Server %1 (%2) aus %3 entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="838"/>
        <source>Exchange server %1: a stored password was not deleted: %2. Delete it from the %3 by hand.</source>
        <translation>Exchange-Server %1: ein gespeichertes Kennwort wurde nicht gelöscht: %2. Löschen Sie es von Hand aus dem %3.</translation>
    </message>
</context>
<context>
    <name>cxsync::DemoCommand</name>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="71"/>
        <source>cannot create a temporary folder for the demo</source>
        <translation>für die Demo kann kein temporärer Ordner erstellt werden</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="76"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>der Ordner „%1“ kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="81"/>
        <source>1. Starting the Microsoft Graph and Sage CRM sandboxes (%1 users, %2 appointments, seed %3)…</source>
        <translation>1. Die Sandboxes für Microsoft Graph und Sage CRM werden gestartet (%1 Benutzer, %2 Termine, Startwert %3)…</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="93"/>
        <source>the sandboxes did not start: %1</source>
        <translation>die Sandboxes konnten nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="97"/>
        <source>Graph: %1</source>
        <translation>Graph: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="98"/>
        <source>Sage CRM: %1</source>
        <translation>Sage CRM: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="99"/>
        <source>Admin endpoint: %1</source>
        <translation>Admin-Endpunkt: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="104"/>
        <source>2. Writing a profile for them: %1 (secrets: %2, mode 0600)</source>
        <translation>2. Ein Profil dafür wird geschrieben: %1 (Geheimnisse: %2, Modus 0600)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="111"/>
        <source>3. Validating the profile as the panel&apos;s Save would…</source>
        <translation>3. Das Profil wird so geprüft, wie es „Speichern“ in der Systemsteuerung tun würde…</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="121"/>
        <source>the demo profile is not valid</source>
        <translation>das Demo-Profil ist ungültig</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="129"/>
        <source>valid; %1 secrets ready for --secrets-file</source>
        <translation>gültig; %1 Geheimnisse bereit für --secrets-file</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="135"/>
        <source>removed the journal of an earlier demo run: %1</source>
        <translation>Journal eines früheren Demo-Durchlaufs entfernt: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="138"/>
        <source>4. Test Connection, step by step (the listener step warns until the service runs):</source>
        <translation>4. Verbindungstest, Schritt für Schritt (der Listener-Schritt warnt, bis der Dienst läuft):</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="153"/>
        <source>5. What the sandboxes hold:</source>
        <translation>5. Inhalt der Sandboxes:</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="156"/>
        <source>CRM users: %1; CRM communications: %2</source>
        <translation>CRM-Benutzer: %1; CRM-Kommunikationen: %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="161"/>
        <source>events in %1&apos;s mailbox: %2</source>
        <translation>Termine im Postfach von %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="185"/>
        <source>6. Sync Users With CRM: linking CRM users to their mailboxes (no CRM users are created):</source>
        <translation>6. Benutzer mit CRM synchronisieren: CRM-Benutzer werden mit ihren Postfächern verknüpft (es werden keine CRM-Benutzer angelegt):</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="189"/>
        <source>the demo profile does not use Exchange Online (Microsoft Graph)</source>
        <translation>das Demo-Profil verwendet nicht Exchange Online (Microsoft Graph)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="201"/>
        <source>plan: %1 mailboxes, %2 CRM users; %3 to link, %4 to create, %5 conflicts, %6 not linked</source>
        <translation>Plan: %1 Postfächer, %2 CRM-Benutzer; %3 zu verknüpfen, %4 anzulegen, %5 Konflikte, %6 nicht verknüpft</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="213"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="219"/>
        <source>applied in %1 ms: %2 linked, %3 unchanged, %4 creations declined (the demo does not create CRM users), %5 conflicts, %6 skipped, %7 failed</source>
        <translation>angewendet in %1 ms: %2 verknüpft, %3 unverändert, %4 Neuanlagen abgelehnt (die Demo legt keine CRM-Benutzer an), %5 Konflikte, %6 übersprungen, %7 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/DemoCommand.cpp" line="239"/>
        <source>the journal now links %n CRM user(s) to a mailbox</source>
        <translation>
            <numerusform>das Journal verknüpft jetzt %n CRM-Benutzer mit einem Postfach</numerusform>
            <numerusform>das Journal verknüpft jetzt %n CRM-Benutzer mit jeweils einem Postfach</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="244"/>
        <source>no CRM user was linked, so there is nothing to synchronize</source>
        <translation>es wurde kein CRM-Benutzer verknüpft, daher gibt es nichts zu synchronisieren</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="273"/>
        <source>%1: this run would delete %2 of %3 synchronized items; kept (the demo never confirms a mass delete)</source>
        <translation>%1: Dieser Durchlauf würde %2 von %3 synchronisierten Elementen löschen; beibehalten (die Demo bestätigt nie ein Massenlöschen)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="305"/>
        <source>note (%1 times): %2</source>
        <translation>Hinweis (%1-mal): %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="306"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="376"/>
        <source>CRM user %1</source>
        <translation>CRM-Benutzer %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="382"/>
        <source>&quot;%1&quot; on %2 (%3) is in %4&apos;s Outlook calendar (event id %5…)</source>
        <translation>„%1“ am %2 (%3) steht im Outlook-Kalender von %4 (Termin-ID %5…)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="394"/>
        <source>&quot;%1&quot; on %2 (CRM server time) is CRM communication %3 for %4</source>
        <translation>„%1“ am %2 (Serverzeit des CRM) ist die CRM-Kommunikation %3 für %4</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="406"/>
        <source>7. Calendar sync, both ways, over the sample data (a retry pass, then one run):</source>
        <translation>7. Kalendersynchronisierung in beide Richtungen über die Beispieldaten (zuerst ein Durchlauf mit erneuten Versuchen, dann ein Synchronisierungslauf):</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="414"/>
        <source>read back from the sandboxes: %1 new event(s) in %2 linked mailbox(es), %3 new CRM communication(s)</source>
        <translation>aus den Sandboxes zurückgelesen: %1 neue(r) Termin(e) in %2 verknüpften Postfach/Postfächern, %3 neue CRM-Kommunikation(en)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="422"/>
        <source>CRM → Outlook, for example: %1</source>
        <translation>CRM → Outlook, zum Beispiel: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="426"/>
        <source>CRM → Outlook: no CRM appointment needed a new Outlook event</source>
        <translation>CRM → Outlook: Kein CRM-Termin erforderte einen neuen Outlook-Termin</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="430"/>
        <source>Outlook → CRM, for example: %1</source>
        <translation>Outlook → CRM, zum Beispiel: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="433"/>
        <source>Outlook → CRM: no Outlook appointment needed a new CRM communication</source>
        <translation>Outlook → CRM: Kein Outlook-Termin erforderte eine neue CRM-Kommunikation</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="442"/>
        <source>8. Acting as users do (through the sandboxes&apos; user-action API):</source>
        <translation>8. Handeln wie die Benutzer (über die Benutzeraktions-API der Sandboxes):</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="454"/>
        <source>Demo: project kick-off</source>
        <translation>Demo: Projektauftakt</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="465"/>
        <source>%1 created &quot;%2&quot; in Outlook (id %3…); the mailbox now holds %4 events</source>
        <translation>%1 hat „%2“ in Outlook erstellt (ID %3…); das Postfach enthält jetzt %4 Termine</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="475"/>
        <source>Demo: customer call</source>
        <translation>Demo: Kundengespräch</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="482"/>
        <source>%1 created &quot;%2&quot; in the CRM (Comm_CommunicationId %3)</source>
        <translation>%1 hat „%2“ im CRM erstellt (Comm_CommunicationId %3)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="486"/>
        <source>the sandboxes refused the demo&apos;s changes</source>
        <translation>die Sandboxes haben die Änderungen der Demo abgelehnt</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="492"/>
        <source>9. Calendar sync again: it carries the two changes above across:</source>
        <translation>9. Erneute Kalendersynchronisierung: Sie überträgt die beiden obigen Änderungen auf die jeweils andere Seite:</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="501"/>
        <source>Outlook → CRM: %1</source>
        <translation>Outlook → CRM: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="506"/>
        <source>CRM → Outlook: %1</source>
        <translation>CRM → Outlook: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="512"/>
        <source>&quot;%1&quot; did not reach the CRM</source>
        <translation>„%1“ ist nicht im CRM angekommen</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="517"/>
        <source>&quot;%1&quot; did not reach %2&apos;s Outlook calendar</source>
        <translation>„%1“ ist nicht im Outlook-Kalender von %2 angekommen</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="523"/>
        <source>both changes crossed: %1 new CRM communication(s), %2 new Outlook event(s) in all</source>
        <translation>beide Änderungen wurden übertragen: insgesamt %1 neue CRM-Kommunikation(en), %2 neue(r) Outlook-Termin(e)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="544"/>
        <source>10. Where to look next:</source>
        <translation>10. Wo Sie als Nächstes nachsehen können:</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="548"/>
        <source>%1 queue list   (failed messages waiting for a retry: %2)</source>
        <translation>%1 queue list   (fehlgeschlagene Nachrichten, die auf einen erneuten Versuch warten: %2)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="550"/>
        <source>%1 log          (the transaction log: every write of the runs above)</source>
        <translation>%1 log          (das Transaktionsprotokoll: jeder Schreibvorgang der obigen Durchläufe)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="552"/>
        <source>%1 users list   (each CRM user&apos;s link)</source>
        <translation>%1 users list   (die Verknüpfung jedes CRM-Benutzers)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="554"/>
        <source>cxsync-panel --config %1   (the panel: Status, Failed Messages and Log tabs, Sync Now)</source>
        <translation>cxsync-panel --config %1   (die Systemsteuerung: Registerkarten „Status“, „Fehlgeschlagene Nachrichten“ und „Protokoll“, „Jetzt synchronisieren“)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="558"/>
        <source>Try it: %1 test-connection</source>
        <translation>Probieren Sie es aus: %1 test-connection</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="560"/>
        <source>The profile and journal are removed when the demo ends; keep them with --dir DIR.</source>
        <translation>Profil und Journal werden am Ende der Demo entfernt; mit --dir DIR bleiben sie erhalten.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="566"/>
        <source>The sandboxes stop with the demo; --serve keeps them running for `cxsync sync` and the panel.</source>
        <translation>Die Sandboxes werden mit der Demo beendet; --serve lässt sie für `cxsync sync` und die Systemsteuerung weiterlaufen.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="563"/>
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
    <name>cxsync::ExchangeRouter</name>
    <message>
        <location filename="../core/connect/ExchangeRouter.cpp" line="33"/>
        <source>Exchange server %1: %2</source>
        <translation>Exchange-Server %1: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::ExchangeServerDialog</name>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="57"/>
        <source>Add Exchange Server</source>
        <translation>Exchange-Server hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="57"/>
        <location filename="../ui/ExchangeServerDialog.cpp" line="304"/>
        <source>Edit Exchange Server %1</source>
        <translation>Exchange-Server %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="61"/>
        <source>An additional Exchange Online tenant synchronized with the same CRM. Its mailboxes are read with its own app registration; passwords go to the keychain, never to the settings file.</source>
        <translation>Ein zusätzlicher Exchange-Online-Mandant, der mit demselben CRM synchronisiert wird. Seine Postfächer werden mit seiner eigenen App-Registrierung gelesen; Kennwörter kommen in den Schlüsselbund, nie in die Einstellungsdatei.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="69"/>
        <source>This server is set up for on-premises Exchange (EWS), which additional servers cannot use yet. OK makes it an Exchange Online (Microsoft Graph) server.</source>
        <translation>Dieser Server ist für lokales Exchange (EWS) eingerichtet, das zusätzliche Server noch nicht nutzen können. OK macht ihn zu einem Exchange-Online-Server (Microsoft Graph).</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="79"/>
        <source>e.g. emea: letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>z. B. emea: Buchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="82"/>
        <source>Server Name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="84"/>
        <source>tenant GUID or fabrikam.onmicrosoft.com</source>
        <translation>Mandanten-GUID oder fabrikam.onmicrosoft.com</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="85"/>
        <source>application (client) GUID from the app registration</source>
        <translation>Anwendungs-(Client-)GUID aus der App-Registrierung</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="89"/>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="90"/>
        <source>Certificate file</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="93"/>
        <source>Client Secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="94"/>
        <source>absolute path to the PFX or PEM file</source>
        <translation>absoluter Pfad zur PFX- oder PEM-Datei</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="95"/>
        <source>Certificate Password</source>
        <translation>Zertifikatkennwort</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="96"/>
        <source>mailbox, e.g. admin@fabrikam.com</source>
        <translation>Postfach, z. B. admin@fabrikam.com</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="99"/>
        <source>Advanced (national clouds only)</source>
        <translation>Erweitert (nur nationale Clouds)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="103"/>
        <location filename="../ui/ExchangeServerDialog.cpp" line="105"/>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="147"/>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="196"/>
        <source>stored; leave empty to keep</source>
        <translation>gespeichert; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="255"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="274"/>
        <source>Server Name is required.</source>
        <translation>Servername ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="285"/>
        <source>There is already an Exchange server named %1: choose another name, or Cancel and edit that one.</source>
        <translation>Es gibt bereits einen Exchange-Server namens %1: wählen Sie einen anderen Namen, oder brechen Sie ab und bearbeiten Sie jenen.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="297"/>
        <source>Exchange server %1 was not saved: correct the fields marked in red.</source>
        <translation>Exchange-Server %1 wurde nicht gespeichert: korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="306"/>
        <source>Exchange server %1 (%2) saved to %3.</source>
        <translation>Exchange-Server %1 (%2) in %3 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="326"/>
        <source>The settings were saved, but the %1 cannot be stored: the %2 cannot keep passwords for additional Exchange servers.</source>
        <translation>Die Einstellungen wurden gespeichert, aber das %1 kann nicht gespeichert werden: der %2 kann keine Kennwörter für zusätzliche Exchange-Server aufbewahren.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="339"/>
        <source>The settings were saved, but the %1 was not stored: %2</source>
        <translation>Die Einstellungen wurden gespeichert, aber das %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="342"/>
        <source>Exchange server %1: %2</source>
        <translation>Exchange-Server %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="348"/>
        <source>%1 of Exchange server %2 stored in the %3.</source>
        <translation>%1 von Exchange-Server %2 im %3 gespeichert.</translation>
    </message>
</context>
<context>
    <name>cxsync::FailedMessagesModel</name>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="110"/>
        <source>CRM → Exchange</source>
        <translation>CRM → Exchange</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="110"/>
        <source>Exchange → CRM</source>
        <translation>Exchange → CRM</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="136"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="138"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="140"/>
        <source>Last Failure</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="142"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="144"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="146"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="148"/>
        <source>Error Kind</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="150"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="152"/>
        <source>Next Attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="154"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="156"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>cxsync::FailedMessagesPage</name>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="44"/>
        <source>Failed Messages</source>
        <translation>Fehlgeschlagene Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="47"/>
        <source>Export Failed Messages</source>
        <translation>Fehlgeschlagene Nachrichten exportieren</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="49"/>
        <source>Event Data XML (*.xml);;JSON (*.json);;CSV (*.csv)</source>
        <translation>Event-Data-XML (*.xml);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="56"/>
        <source>Both directions</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="57"/>
        <source>CRM → Exchange</source>
        <translation>CRM → Exchange</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="58"/>
        <source>Exchange → CRM</source>
        <translation>Exchange → CRM</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="61"/>
        <source>User or mailbox</source>
        <translation>Benutzer oder Postfach</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="65"/>
        <source>Any error</source>
        <translation>Alle Fehlerarten</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="72"/>
        <source>Open (waiting, retrying, parked)</source>
        <translation>Offen (wartend, erneuter Versuch läuft, zurückgestellt)</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="73"/>
        <source>Any state</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="79"/>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="80"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="81"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="82"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="87"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="105"/>
        <source>Select a message to see the change, the error and every attempt.</source>
        <translation>Wählen Sie eine Nachricht aus, um die Änderung, den Fehler und jeden Versuch zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="126"/>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="127"/>
        <source>Retry All Matching</source>
        <translation>Alle passenden erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="128"/>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="129"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="131"/>
        <source>Send Test Mail</source>
        <translation>Testmail senden</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="142"/>
        <source>More rows could not be read (scroll to try again): %1</source>
        <translation>Weitere Zeilen konnten nicht gelesen werden (scrollen Sie, um es erneut zu versuchen): %1</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="163"/>
        <source>The journal cannot be opened: %1</source>
        <translation>Das Journal kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="195"/>
        <source>The journal could not be read: %1</source>
        <translation>Das Journal konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FailedMessagesPage.cpp" line="198"/>
        <source>%n message(s) match, newest failure first.</source>
        <translation>
            <numerusform>%n Nachricht entspricht dem Filter, neuester Fehler zuerst.</numerusform>
            <numerusform>%n Nachrichten entsprechen dem Filter, neuester Fehler zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="223"/>
        <source>Failed message %1: %2</source>
        <translation>Fehlgeschlagene Nachricht %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="226"/>
        <source>Error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="228"/>
        <source>HTTP status %1, server code %2</source>
        <translation>HTTP-Status %1, Servercode %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="229"/>
        <source>Attempts: %1; first failure %2; last failure %3</source>
        <translation>Versuche: %1; erster Fehler %2; letzter Fehler %3</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="233"/>
        <source>Next attempt: %1</source>
        <translation>Nächster Versuch: %1</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="234"/>
        <source>CRM user %1, mailbox %2, CRM item %3, Exchange item %4</source>
        <translation>CRM-Benutzer %1, Postfach %2, CRM-Element %3, Exchange-Element %4</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="236"/>
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="238"/>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="256"/>
        <source>Failed message %1 was not retried: %2</source>
        <translation>Die fehlgeschlagene Nachricht %1 wurde nicht erneut versucht: %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="259"/>
        <source>Failed message %1 will be retried by the next sync or service pass.</source>
        <translation>Die fehlgeschlagene Nachricht %1 wird bei der nächsten Synchronisierung oder im nächsten Dienstdurchlauf erneut versucht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FailedMessagesPage.cpp" line="267"/>
        <source>Retry the %n matching message(s), parked ones included?</source>
        <translation>
            <numerusform>Soll die %n passende Nachricht erneut versucht werden, auch wenn sie zurückgestellt ist?</numerusform>
            <numerusform>Sollen die %n passenden Nachrichten erneut versucht werden, zurückgestellte eingeschlossen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="272"/>
        <source>Nothing was retried: %1</source>
        <translation>Es wurde nichts erneut versucht: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FailedMessagesPage.cpp" line="275"/>
        <source>%n failed message(s) will be retried by the next sync or service pass.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Nachricht wird bei der nächsten Synchronisierung oder im nächsten Dienstdurchlauf erneut versucht.</numerusform>
            <numerusform>%n fehlgeschlagene Nachrichten werden bei der nächsten Synchronisierung oder im nächsten Dienstdurchlauf erneut versucht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="286"/>
        <source>Discard failed message %1? Its change will never be applied (Retry Now brings it back).</source>
        <translation>Fehlgeschlagene Nachricht %1 verwerfen? Ihre Änderung wird nie angewendet („Jetzt erneut versuchen“ holt sie zurück).</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="289"/>
        <source>discarded in the control panel</source>
        <translation>in der Systemsteuerung verworfen</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="290"/>
        <source>Failed message %1 was not discarded: %2</source>
        <translation>Die fehlgeschlagene Nachricht %1 wurde nicht verworfen: %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="293"/>
        <source>Failed message %1 discarded.</source>
        <translation>Fehlgeschlagene Nachricht %1 verworfen.</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="306"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FailedMessagesPage.cpp" line="309"/>
        <source>Exported %n failed message(s) to %1.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Nachricht nach %1 exportiert.</numerusform>
            <numerusform>%n fehlgeschlagene Nachrichten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="321"/>
        <source>Sending a test mail…</source>
        <translation>Testmail wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="332"/>
        <location filename="../ui/FailedMessagesPage.cpp" line="337"/>
        <source>Test mail not sent: %1</source>
        <translation>Testmail nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="338"/>
        <source>Test mail accepted by the server: %1</source>
        <translation>Testmail vom Server angenommen: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::HooksCommand</name>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="29"/>
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
        <location filename="../cli/HooksCommand.cpp" line="198"/>
        <source>server unknown</source>
        <translation>Server unbekannt</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="200"/>
        <source>expires %1, renewal due %2</source>
        <translation>läuft ab %1, Erneuerung fällig %2</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="210"/>
        <source>No change subscriptions are installed; changes are found by polling.</source>
        <translation>Es sind keine Änderungsabonnements installiert; Änderungen werden durch Abfragen (Polling) gefunden.</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="217"/>
        <source>Removing the change subscriptions:</source>
        <translation>Die Änderungsabonnements werden entfernt:</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="221"/>
        <source>There were none.</source>
        <translation>Es gab keine.</translation>
    </message>
</context>
<context>
    <name>cxsync::HooksInstaller</name>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="69"/>
        <source>change hooks for on-premises Exchange (EWS) are not available in this version; changes are found by polling</source>
        <translation>Änderungs-Hooks für lokales Exchange (EWS) sind in dieser Version nicht verfügbar; Änderungen werden durch Abfragen (Polling) erkannt</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="81"/>
        <source>subscription for %1 created; expires %2</source>
        <translation>Abonnement für %1 erstellt; läuft ab %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="83"/>
        <source>subscription for %1 is in place; expires %2</source>
        <translation>Abonnement für %1 ist vorhanden; läuft ab %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="85"/>
        <source>subscription for %1 renewed; expires %2</source>
        <translation>Abonnement für %1 erneuert; läuft ab %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="87"/>
        <source>subscription for %1 was gone at Graph and was created again; expires %2</source>
        <translation>Abonnement für %1 war bei Graph nicht mehr vorhanden und wurde neu erstellt; läuft ab %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="90"/>
        <source>subscription for %1 removed</source>
        <translation>Abonnement für %1 entfernt</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="92"/>
        <source>subscription for %1 failed: %2</source>
        <translation>Abonnement für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="94"/>
        <source> (the mailbox is read in full at the next sync)</source>
        <translation> (das Postfach wird bei der nächsten Synchronisierung vollständig gelesen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hooks/HooksInstaller.cpp" line="113"/>
        <source>Cancelled: %n mailbox(es) were not handled; install again to finish.</source>
        <translation>
            <numerusform>Abgebrochen: %n Postfach wurde nicht bearbeitet; installieren Sie erneut, um den Vorgang abzuschließen.</numerusform>
            <numerusform>Abgebrochen: %n Postfächer wurden nicht bearbeitet; installieren Sie erneut, um den Vorgang abzuschließen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="117"/>
        <source>Subscriptions: %1 created, %2 renewed, %3 kept, %4 recreated, %5 failed.</source>
        <translation>Abonnements: %1 erstellt, %2 erneuert, %3 beibehalten, %4 neu erstellt, %5 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="148"/>
        <source>push is not configured: set %1 (%2); without it changes are found by polling</source>
        <translation>Push ist nicht konfiguriert: Legen Sie %1 fest (%2); ohne diese Einstellung werden Änderungen durch Abfragen (Polling) erkannt</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="186"/>
        <source>CRM side: the custom fields could not be checked: %1</source>
        <translation>CRM-Seite: Die benutzerdefinierten Felder konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="192"/>
        <source>CRM side: Sage CRM&apos;s REST API cannot create fields. Add these text fields in Administration &gt; Customization, then install again:</source>
        <translation>CRM-Seite: Die REST-API von Sage CRM kann keine Felder anlegen. Legen Sie diese Textfelder unter Administration &gt; Anpassung an und installieren Sie dann erneut:</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="197"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="198"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="199"/>
        <source>  %1 (on %2)</source>
        <translation>  %1 (in %2)</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="206"/>
        <source>CRM side: warning: could not confirm %1 (%2); if one is missing, the first write that needs it names it.</source>
        <translation>CRM-Seite: Warnung: %1 nicht bestätigt (%2); fehlt eines, nennt es der erste Schreibvorgang, der es braucht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hooks/HooksInstaller.cpp" line="213"/>
        <source>CRM side: custom fields present; changes are read from the CRM every %n second(s)</source>
        <translation>
            <numerusform>CRM-Seite: benutzerdefinierte Felder vorhanden; Änderungen werden im Abstand von %n Sekunde aus dem CRM gelesen</numerusform>
            <numerusform>CRM-Seite: benutzerdefinierte Felder vorhanden; Änderungen werden im Abstand von %n Sekunden aus dem CRM gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="220"/>
        <source>Exchange side: no linked users yet; synchronize users first (Sync Users With CRM, or &apos;cxsync users sync&apos;).</source>
        <translation>Exchange-Seite: noch keine verknüpften Benutzer; synchronisieren Sie zuerst die Benutzer („Benutzer mit CRM synchronisieren“ oder „cxsync users sync“).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hooks/HooksInstaller.cpp" line="243"/>
        <source>Exchange side: %n mailbox(es)</source>
        <translation>
            <numerusform>Exchange-Seite: %n Postfach</numerusform>
            <numerusform>Exchange-Seite: %n Postfächer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="269"/>
        <source>the listener&apos;s client state could not be stored (%1); store one with &apos;cxsync secret set listener-client-state&apos;</source>
        <translation>das Listener-Geheimnis (clientState) konnte nicht gespeichert werden (%1); speichern Sie eines mit „cxsync secret set listener-client-state“</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="274"/>
        <source>A new listener client state was created and stored in the %1.</source>
        <translation>Ein neues Listener-Geheimnis (clientState) wurde erstellt und im %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="298"/>
        <source>(the service is not running: Install Scripts answers Graph&apos;s validation itself; start the service to receive notifications)</source>
        <translation>(der Dienst läuft nicht: „Skripte installieren“ beantwortet die Validierung von Graph selbst; starten Sie den Dienst, um Benachrichtigungen zu empfangen)</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="328"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::HttpRequestReader</name>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="106"/>
        <source>the chunked body&apos;s trailer fields are larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="109"/>
        <source>the request line is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="111"/>
        <source>the request&apos;s header fields are larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="121"/>
        <source>a malformed trailer field after the chunked body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="142"/>
        <source>a chunk-size line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="149"/>
        <source>a chunk is longer than its size says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="172"/>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="176"/>
        <source>a malformed request line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="178"/>
        <source>HTTP version %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="188"/>
        <source>a malformed request target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="195"/>
        <source>a folded header line (obsolete line folding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="198"/>
        <source>a malformed header field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="200"/>
        <source>more than %1 header fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="222"/>
        <source>both Content-Length and Transfer-Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="224"/>
        <source>Transfer-Encoding in an HTTP/1.0 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="226"/>
        <source>the transfer coding &apos;%1&apos; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="233"/>
        <source>an invalid Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="239"/>
        <source>a body of %1 bytes, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="255"/>
        <source>a malformed chunk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="262"/>
        <source>a chunked body of more than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxsync::InstallScriptsAction</name>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="14"/>
        <location filename="../ui/InstallScriptsAction.cpp" line="89"/>
        <source>Install Scripts</source>
        <translation>Skripte installieren</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="17"/>
        <source>Check the CRM fields the synchronization needs (and list any you must add), and create or renew the Exchange change subscription of every linked mailbox so that changes reach the service in seconds.</source>
        <translation>Die CRM-Felder prüfen, die die Synchronisierung benötigt (und alle auflisten, die Sie hinzufügen müssen), und das Exchange-Änderungsabonnement jedes verknüpften Postfachs erstellen oder erneuern, damit Änderungen den Dienst innerhalb von Sekunden erreichen.</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="55"/>
        <source>Install Scripts: cancelling after the mailbox under way…</source>
        <translation>Skripte installieren: wird nach dem gerade bearbeiteten Postfach abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="61"/>
        <source>Install Scripts: already running.</source>
        <translation>Skripte installieren: läuft bereits.</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="68"/>
        <location filename="../ui/InstallScriptsAction.cpp" line="72"/>
        <source>Install Scripts: %1</source>
        <translation>Skripte installieren: %1</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="80"/>
        <source>Install Scripts: nothing was installed.</source>
        <translation>Skripte installieren: Es wurde nichts installiert.</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="82"/>
        <source>Install Scripts cancelled.</source>
        <translation>„Skripte installieren“ abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="84"/>
        <source>Install Scripts finished.</source>
        <translation>„Skripte installieren“ abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InstallScriptsAction.cpp" line="86"/>
        <source>Install Scripts finished with %n problem(s); see the lines above.</source>
        <translation>
            <numerusform>„Skripte installieren“ mit %n Problem abgeschlossen; siehe die Zeilen oben.</numerusform>
            <numerusform>„Skripte installieren“ mit %n Problemen abgeschlossen; siehe die Zeilen oben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="94"/>
        <source>Install Scripts: %v of %m mailboxes</source>
        <translation>Skripte installieren: %v von %m Postfächern</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="96"/>
        <source>Cancel Install Scripts</source>
        <translation>„Skripte installieren“ abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="98"/>
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
        <translation type="unfinished"></translation>
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
    <name>cxsync::JournalFile</name>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="82"/>
        <source>the journal &apos;%1&apos; is an empty file, not a journal of CRM Exchange Sync; it was left as it is. Delete it if it is a leftover, or give another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="88"/>
        <source>the journal &apos;%1&apos; is not an SQLite database, so not a journal of CRM Exchange Sync; it was left as it is. Give the path of the journal, or of a file that does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="102"/>
        <source>&apos;%1&apos; is an SQLite database of another program (application id 0x%2), not a journal of CRM Exchange Sync; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="109"/>
        <location filename="../core/store/JournalFile.cpp" line="217"/>
        <location filename="../core/store/JournalFile.cpp" line="230"/>
        <location filename="../core/store/JournalFile.cpp" line="314"/>
        <source>cannot read the journal &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="113"/>
        <source>&apos;%1&apos; is an SQLite database, but not a journal of CRM Exchange Sync (the journal&apos;s tables are missing); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="121"/>
        <source>&apos;%1&apos; is a symbolic link (to &apos;%2&apos;); the journal and its side files must be the files themselves. Give the real path, or remove the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="144"/>
        <source>cannot examine &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="151"/>
        <location filename="../core/store/JournalFile.cpp" line="300"/>
        <source>&apos;%1&apos; is left over from a journal that is no longer there; move it away (or restore the journal &apos;%2&apos;), so that it is not replayed into a new journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="158"/>
        <source>&apos;%1&apos; is not a regular file (a FIFO, device, socket or folder); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="164"/>
        <source>&apos;%1&apos; belongs to user %2, but the journal &apos;%3&apos; to user %4; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="194"/>
        <source>cannot examine the journal &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="204"/>
        <location filename="../core/store/JournalFile.cpp" line="309"/>
        <source>the journal &apos;%1&apos; is a folder, not a file: give a file name, such as %1/journal.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="209"/>
        <source>the journal &apos;%1&apos; is not a regular file (a FIFO, device or socket); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="227"/>
        <source>the journal &apos;%1&apos; changed while it was being examined; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="247"/>
        <location filename="../core/store/JournalFile.cpp" line="328"/>
        <source>cannot create the folder &apos;%1&apos; for the journal.</source>
        <translation type="unfinished">der Ordner „%1“ für das Journal kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="254"/>
        <location filename="../core/store/JournalFile.cpp" line="332"/>
        <source>cannot create the journal &apos;%1&apos;: %2</source>
        <translation type="unfinished">das Journal „%1“ kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="259"/>
        <source>cannot restrict the journal &apos;%1&apos; to its owner.</source>
        <translation type="unfinished">der Zugriff auf das Journal „%1“ kann nicht auf den Besitzer beschränkt werden.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="280"/>
        <source>%1: mode %2 changed to %3 (only its owner may read the journal)</source>
        <translation type="unfinished"></translation>
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
    <name>cxsync::LogPage</name>
    <message>
        <location filename="../ui/LogPage.cpp" line="23"/>
        <source>Export Transaction Log</source>
        <translation>Transaktionsprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="25"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="31"/>
        <source>User or mailbox</source>
        <translation>Benutzer oder Postfach</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="35"/>
        <source>Both directions</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="36"/>
        <source>CRM → Exchange</source>
        <translation>CRM → Exchange</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="37"/>
        <source>Exchange → CRM</source>
        <translation>Exchange → CRM</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="40"/>
        <source>Any result</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="45"/>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="46"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="47"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="48"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="53"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="56"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="98"/>
        <source>The journal cannot be opened: %1</source>
        <translation>Das Journal kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="124"/>
        <source>The journal could not be read: %1</source>
        <translation>Das Journal konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LogPage.cpp" line="127"/>
        <source>%n entr(y/ies) match, newest first.</source>
        <translation>
            <numerusform>%n passender Eintrag, neueste zuerst.</numerusform>
            <numerusform>%n passende Einträge, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="139"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LogPage.cpp" line="142"/>
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
        <location filename="../core/hooks/NotificationInbox.cpp" line="15"/>
        <source>The journal could not %1 a notification: %2</source>
        <translation>Das Journal konnte eine Benachrichtigung nicht %1: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="24"/>
        <source>A notification needs a mailbox and a kind.</source>
        <translation>Eine Benachrichtigung erfordert ein Postfach und eine Art.</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="40"/>
        <source>store</source>
        <translation>speichern</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="50"/>
        <location filename="../core/hooks/NotificationInbox.cpp" line="104"/>
        <source>count</source>
        <translation>zählen</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="52"/>
        <source>The journal neither stored nor matched a notification for %1.</source>
        <translation>Das Journal hat für %1 weder eine Benachrichtigung gespeichert noch eine passende gefunden.</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="64"/>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="88"/>
        <source>complete</source>
        <translation>abschließen</translation>
    </message>
</context>
<context>
    <name>cxsync::NotificationListener</name>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="67"/>
        <source>request refused with HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="67"/>
        <source>connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="87"/>
        <source>The listener cannot listen on %1 port %2 (in use, or not an address of this machine).</source>
        <translation>Der Listener kann nicht auf %1 Port %2 lauschen (belegt oder keine Adresse dieses Computers).</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="91"/>
        <source>Listening for Graph notifications on %1://%2:%3%4</source>
        <translation>Warte auf Graph-Benachrichtigungen unter %1://%2:%3%4</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="116"/>
        <source>Notification rejected: %1</source>
        <translation>Benachrichtigung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="130"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hooks/NotificationListener.cpp" line="135"/>
        <source>%n more notification(s) or request(s) rejected in the last %1 s: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="160"/>
        <source>the body is not a notification collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="170"/>
        <source>wrong or missing clientState</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="170"/>
        <source>subscription &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="186"/>
        <source>unknown lifecycle event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="195"/>
        <source>unknown changeType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="201"/>
        <source>no mailbox for the subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="162"/>
        <source>no &apos;value&apos; list</source>
        <translation>keine Liste „value“</translation>
    </message>
</context>
<context>
    <name>cxsync::OwnerOnlyFile</name>
    <message>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="43"/>
        <source>cannot write &apos;%1&apos;: it is a symbolic link to &apos;%2&apos;, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="48"/>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="63"/>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="79"/>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="88"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished">„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="67"/>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="83"/>
        <source>cannot restrict &apos;%1&apos; to its owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxsync::QueueCommand</name>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="69"/>
        <source>usage: cxsync log [--since DATE] [--user USER] [--json] [--limit N] | log export FILE.csv|FILE.json [--since DATE] [--user USER] | log prune</source>
        <translation>Aufruf: cxsync log [--since DATE] [--user USER] [--json] [--limit N] | log export FILE.csv|FILE.json [--since DATE] [--user USER] | log prune</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="72"/>
        <source>usage: cxsync notify test | notify digest</source>
        <translation>Aufruf: cxsync notify test | notify digest</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="73"/>
        <source>usage: cxsync queue list [--json] [--state STATE[,STATE]] [--user USER] [--limit N] | queue show ID [--json] | queue retry ID | queue retry --all [--state STATE] [--user USER] | queue discard ID --yes | queue export FILE.xml|FILE.json|FILE.csv</source>
        <translation>Aufruf: cxsync queue list [--json] [--state STATE[,STATE]] [--user USER] [--limit N] | queue show ID [--json] | queue retry ID | queue retry --all [--state STATE] [--user USER] | queue discard ID --yes | queue export FILE.xml|FILE.json|FILE.csv</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="125"/>
        <source>--state: &apos;%1&apos; is not one of waiting, retrying, parked, resolved, discarded</source>
        <translation>--state: „%1“ ist keiner der Werte waiting, retrying, parked, resolved, discarded</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="136"/>
        <source>--limit: &apos;%1&apos; is not a whole number (0 for all)</source>
        <translation>--limit: „%1“ ist keine ganze Zahl (0 für alle)</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="144"/>
        <source>--since: &apos;%1&apos; is not a date (2026-01-31) or a time (2026-01-31T14:00, with Z or an offset for UTC)</source>
        <translation>--since: „%1“ ist weder ein Datum (2026-01-31) noch ein Zeitpunkt (2026-01-31T14:00, mit Z oder einem Versatz für UTC)</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="158"/>
        <source>&apos;%1&apos; is not a failed message id (a number from `cxsync queue list`)</source>
        <translation>„%1“ ist keine ID einer fehlgeschlagenen Nachricht (eine Zahl aus `cxsync queue list`)</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="248"/>
        <source>No failed messages%1.</source>
        <translation>Keine fehlgeschlagenen Nachrichten%1.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="249"/>
        <source> match</source>
        <translation> entsprechen dem Filter</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="253"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="253"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="253"/>
        <source>LAST FAILURE</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="254"/>
        <source>DIRECTION</source>
        <translation>RICHTUNG</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="254"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="255"/>
        <source>OPERATION</source>
        <translation>VORGANG</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="255"/>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="256"/>
        <source>TRIES  SUBJECT  MESSAGE</source>
        <translation>VERS.  BETREFF  MELDUNG</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="281"/>
        <source>%1 of %2 shown, newest failure first; `cxsync queue show ID` for details, --limit 0 for all.</source>
        <translation>%1 von %2 angezeigt, neuester Fehler zuerst; Details mit `cxsync queue show ID`, alle mit --limit 0.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="305"/>
        <source>Failed message</source>
        <translation>Fehlgeschlagene Nachricht</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="306"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="307"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="308"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="309"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="310"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="311"/>
        <source>CRM user</source>
        <translation>CRM-Benutzer</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="312"/>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="313"/>
        <source>CRM item</source>
        <translation>CRM-Element</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="314"/>
        <source>Exchange item</source>
        <translation>Exchange-Element</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="315"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="316"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="317"/>
        <source>Server code</source>
        <translation>Servercode</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="318"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="319"/>
        <source>First failure</source>
        <translation>Erster Fehler</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="320"/>
        <source>Last failure</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="322"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="323"/>
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="324"/>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="330"/>
        <source>  next %1</source>
        <translation>  nächster %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/QueueCommand.cpp" line="345"/>
        <source>%n failed message(s) will be retried by the next `cxsync sync` or the running service.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Nachricht wird beim nächsten `cxsync sync` oder vom laufenden Dienst erneut versucht.</numerusform>
            <numerusform>%n fehlgeschlagene Nachrichten werden beim nächsten `cxsync sync` oder vom laufenden Dienst erneut versucht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="356"/>
        <source>Failed message %1 will be retried by the next `cxsync sync` or the running service.</source>
        <translation>Die fehlgeschlagene Nachricht %1 wird beim nächsten `cxsync sync` oder vom laufenden Dienst erneut versucht.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="368"/>
        <source>discarding message %1 means its change is never applied; repeat with --yes to confirm</source>
        <translation>wird die Nachricht %1 verworfen, wird ihre Änderung nie angewendet; wiederholen Sie den Befehl mit --yes, um zu bestätigen</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="371"/>
        <source>discarded by the administrator (cxsync queue discard)</source>
        <translation>vom Administrator verworfen (cxsync queue discard)</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="374"/>
        <source>Failed message %1 discarded; `cxsync queue retry %1` brings it back.</source>
        <translation>Fehlgeschlagene Nachricht %1 verworfen; `cxsync queue retry %1` holt sie zurück.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/QueueCommand.cpp" line="384"/>
        <source>Exported %n failed message(s) to %1.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Nachricht nach %1 exportiert.</numerusform>
            <numerusform>%n fehlgeschlagene Nachrichten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="439"/>
        <source>The transaction log has no entries%1.</source>
        <translation>Das Transaktionsprotokoll enthält keine Einträge%1.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="440"/>
        <source> that match</source>
        <translation> für diesen Filter</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="451"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="455"/>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/QueueCommand.cpp" line="471"/>
        <source>Exported %n log entr(y/ies) to %1.</source>
        <translation>
            <numerusform>%n Protokolleintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Protokolleinträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="480"/>
        <source>%1 is not valid; see cxsync config validate</source>
        <translation>%1 ist ungültig; siehe cxsync config validate</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="484"/>
        <source>Removed %1 log entries older than %2 days.</source>
        <translation>%1 Protokolleinträge, die älter als %2 Tage sind, wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="515"/>
        <source>server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="516"/>
        <source>Test mail accepted by the server: %1</source>
        <translation>Testmail vom Server angenommen: %1</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="522"/>
        <source>%1 is not set: nobody to send the test mail to</source>
        <translation>%1 ist nicht festgelegt: kein Empfänger für die Testmail</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="530"/>
        <source>Sending a test mail to %1 through %2:%3…</source>
        <translation>Testmail an %1 wird über %2:%3 gesendet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/QueueCommand.cpp" line="549"/>
        <source>Digest of %n failure(s) sent: %1</source>
        <translation>
            <numerusform>Zusammenfassung von %n Fehler gesendet: %1</numerusform>
            <numerusform>Zusammenfassung von %n Fehlern gesendet: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="554"/>
        <source>Nothing new to report.</source>
        <translation>Nichts Neues zu melden.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="558"/>
        <source>The last error mail was sent less than the interval ago; the next may go at %1.</source>
        <translation>Die letzte Fehlermail wurde vor weniger als dem Intervall gesendet; die nächste darf um %1 gesendet werden.</translation>
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
    <name>cxsync::SecretsFile</name>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="51"/>
        <location filename="../core/config/SecretsFile.cpp" line="113"/>
        <source>secrets file &apos;%1&apos; does not exist.</source>
        <translation>die Geheimnisdatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="79"/>
        <source>secrets file &apos;%1&apos; may be read by other users; run: chmod 600 &apos;%1&apos;</source>
        <translation>die Geheimnisdatei „%1“ kann von anderen Benutzern gelesen werden; führen Sie aus: chmod 600 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="54"/>
        <location filename="../core/config/SecretsFile.cpp" line="94"/>
        <location filename="../core/config/SecretsFile.cpp" line="126"/>
        <source>cannot read secrets file &apos;%1&apos;: %2</source>
        <translation>die Geheimnisdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="32"/>
        <source>secrets file &apos;%1&apos; is larger than %2; a secrets file holds a few short name=value lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="60"/>
        <source>cannot read secrets file &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="64"/>
        <location filename="../core/config/SecretsFile.cpp" line="117"/>
        <source>secrets file &apos;%1&apos; is not a regular file (a FIFO, device, socket or folder); give a file of name=value lines, mode 0600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="71"/>
        <source>secrets file &apos;%1&apos; is owned by user %2; it must be owned by the user running cxsync (%3) or by root: run chown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="139"/>
        <source>%1 is larger than %2; secrets are a few short name=value lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="153"/>
        <source>%1 line %2: expected name=value.</source>
        <translation>%1 Zeile %2: name=value erwartet.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="161"/>
        <source>%1 line %2: secrets of additional Exchange servers (&apos;%3@%4&apos;) are not accepted here.</source>
        <translation>%1 Zeile %2: Geheimnisse zusätzlicher Exchange-Server (&apos;%3@%4&apos;) werden hier nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="168"/>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="174"/>
        <source>%1 line %2: unknown secret &apos;%3&apos;.</source>
        <translation>%1 Zeile %2: unbekanntes Geheimnis „%3“.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="179"/>
        <source>%1 line %2: %3 is already given on line %4; give each secret once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="189"/>
        <source>%1 line %2: there is no additional Exchange server &apos;%3&apos; in this profile; remove the line or add the server (exchangeServers/%3/...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="199"/>
        <source>%1 line %2: the value of %3 is longer than %4 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="210"/>
        <source>%1 line %2: the value of %3 is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="236"/>
        <source>cannot write secrets file &apos;%1&apos;: %2</source>
        <translation>die Geheimnisdatei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="254"/>
        <source>the value is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxsync::ServeCommand</name>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="42"/>
        <source>Stopping: finishing the write under way...</source>
        <translation>Wird beendet: der laufende Schreibvorgang wird abgeschlossen...</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="48"/>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="97"/>
        <source>Sync of %1: %2</source>
        <translation>Synchronisierung von %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="125"/>
        <source>error e-mail is off: %1</source>
        <translation>Fehler-E-Mail ist deaktiviert: %1</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="150"/>
        <source>Error e-mail not sent (tried again at the next interval): %1</source>
        <translation>Fehler-E-Mail nicht gesendet (wird im nächsten Intervall erneut versucht): %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ServeCommand.cpp" line="157"/>
        <source>Error e-mail sent: %n new failure(s).</source>
        <translation>
            <numerusform>Fehler-E-Mail gesendet: %n neuer Fehler.</numerusform>
            <numerusform>Fehler-E-Mail gesendet: %n neue Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="108"/>
        <source>Service running; stop with Ctrl+C or SIGTERM.</source>
        <translation>Dienst läuft; beenden mit Strg+C oder SIGTERM.</translation>
    </message>
</context>
<context>
    <name>cxsync::ServicePage</name>
    <message numerus="yes">
        <location filename="../ui/ServicePage.cpp" line="50"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ServicePage.cpp" line="52"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ServicePage.cpp" line="54"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ServicePage.cpp" line="55"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="74"/>
        <source>Service (cxsync serve)</source>
        <translation>Dienst (cxsync serve)</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="87"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="88"/>
        <source>Listening</source>
        <translation>Listener</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="89"/>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="92"/>
        <source>Change Subscriptions (Install Scripts)</source>
        <translation>Änderungsabonnements (Skripte installieren)</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="96"/>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="96"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="96"/>
        <source>Renewal due</source>
        <translation>Verlängerung fällig</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="96"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="96"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="111"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="146"/>
        <source>Not running: the service has never run on this journal. Start it with &apos;cxsync serve&apos; (or its system service).</source>
        <translation>Nicht aktiv: Der Dienst ist auf diesem Journal noch nie gelaufen. Starten Sie ihn mit &apos;cxsync serve&apos; (oder über seinen Systemdienst).</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="151"/>
        <source>Running on %1 (process %2) since %3; last heartbeat %4 ago.</source>
        <translation>Läuft auf %1 (Prozess %2) seit %3; letzter Heartbeat vor %4.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="158"/>
        <source>Not running: stopped on %1 at %2.</source>
        <translation>Nicht aktiv: auf %1 um %2 beendet.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="164"/>
        <source>Not running: the last heartbeat from %1 (process %2) was %3 ago, more than twice the poll interval (%4). It did not stop cleanly: it crashed, was killed or hangs.</source>
        <translation>Nicht aktiv: Der letzte Heartbeat von %1 (Prozess %2) liegt %3 zurück, mehr als das Doppelte des Abfrageintervalls (%4). Der Dienst wurde nicht ordnungsgemäß beendet: Er ist abgestürzt, wurde zwangsweise beendet oder hängt.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="174"/>
        <location filename="../ui/ServicePage.cpp" line="175"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="180"/>
        <source>Not listening: push is not configured, changes are found by polling every %1.</source>
        <translation>Nicht empfangsbereit: Push ist nicht konfiguriert, Änderungen werden durch Abfragen alle %1 erkannt.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="183"/>
        <source>%1 (public URL: %2)</source>
        <translation>%1 (öffentliche URL: %2)</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="185"/>
        <source>None yet.</source>
        <translation>Noch keiner.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="187"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="196"/>
        <source>No change subscriptions: Install Scripts (Actions) creates them.</source>
        <translation>Keine Änderungsabonnements: Skripte installieren (Aktionen) legt sie an.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="203"/>
        <source>The journal cannot be read: %1</source>
        <translation>Das Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="247"/>
        <source>No change subscriptions: Install Scripts (Actions) creates them; until then changes are found by polling.</source>
        <translation>Keine Änderungsabonnements: Skripte installieren (Aktionen) legt sie an; bis dahin werden Änderungen durch Abfragen erkannt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ServicePage.cpp" line="250"/>
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
        <location filename="../core/service/ServiceState.cpp" line="43"/>
        <source>The journal could not record the service&apos;s %1: %2</source>
        <translation>Das Journal konnte den Dienstzustand (%1) nicht aufzeichnen: %2</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="76"/>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="81"/>
        <source>%1: %2 change(s) written, %3 failed, %4 ms</source>
        <translation>%1: %2 Änderung(en) geschrieben, %3 fehlgeschlagen, %4 ms</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="87"/>
        <source> (stopped early)</source>
        <translation> (vorzeitig beendet)</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="117"/>
        <source>The journal could not read the service&apos;s heartbeat: %1</source>
        <translation>Das Journal konnte den Heartbeat des Dienstes nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::Settings</name>
    <message>
        <location filename="../core/config/Settings.cpp" line="79"/>
        <source>--config &apos;%1&apos; is a folder, not a settings file.</source>
        <translation>--config „%1“ ist ein Ordner, keine Einstellungsdatei.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="85"/>
        <source>the settings file &apos;%1&apos; is not a valid INI file.</source>
        <translation>die Einstellungsdatei „%1“ ist keine gültige INI-Datei.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="160"/>
        <source>there is no additional Exchange server &apos;%1&apos;.</source>
        <translation>es gibt keinen zusätzlichen Exchange-Server &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="181"/>
        <source>Exchange server %1 is %2, the primary Exchange server: each server or tenant may be configured once.</source>
        <translation>Exchange-Server %1 ist %2, der primäre Exchange-Server: jeder Server bzw. Mandant darf nur einmal konfiguriert sein.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="184"/>
        <source>Exchange servers %1 and %2 are both %3: each server or tenant may be configured once.</source>
        <translation>Die Exchange-Server %1 und %2 sind beide %3: jeder Server bzw. Mandant darf nur einmal konfiguriert sein.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="228"/>
        <source>unknown setting &apos;%1&apos; in %2 (misspelled?).</source>
        <translation>unbekannte Einstellung „%1“ in %2 (Tippfehler?).</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="235"/>
        <source>&apos;%1&apos; is managed by the program and cannot be set.</source>
        <translation>„%1“ wird vom Programm verwaltet und kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="240"/>
        <source>unknown setting &apos;%1&apos;; `cxsync config show` lists them.</source>
        <translation>unbekannte Einstellung „%1“; `cxsync config show` listet alle Einstellungen auf.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="272"/>
        <source>the primary Exchange server is %1, which additional Exchange server %2 already is: each server or tenant may be configured once.</source>
        <translation>der primäre Exchange-Server ist %1, was der zusätzliche Exchange-Server %2 bereits ist: jeder Server bzw. Mandant darf nur einmal konfiguriert sein.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="248"/>
        <location filename="../core/config/Settings.cpp" line="306"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="321"/>
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
        <location filename="../core/config/SettingsSchema.cpp" line="120"/>
        <source>CRM→Exchange</source>
        <translation>CRM→Exchange</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="121"/>
        <source>Exchange→CRM</source>
        <translation>Exchange→CRM</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="122"/>
        <source>Create CRM Users</source>
        <translation>CRM-Benutzer anlegen</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="124"/>
        <source>Tenant (Directory) ID</source>
        <translation>Verzeichnis-ID (Mandant)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="126"/>
        <source>Application (Client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="128"/>
        <source>Client Credential</source>
        <translation>Client-Anmeldeinformationen</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="130"/>
        <source>Certificate File</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="132"/>
        <source>Sign-in Authority URL</source>
        <translation>URL der Anmeldeautorität</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="134"/>
        <source>Microsoft Graph URL</source>
        <translation>URL für Microsoft Graph</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="136"/>
        <source>EWS URL</source>
        <translation>EWS-URL</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="138"/>
        <source>Poll Interval (Seconds)</source>
        <translation>Abfrageintervall (Sekunden)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="140"/>
        <source>Sync Window: Past Days</source>
        <translation>Synchronisierungszeitraum: vergangene Tage</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="142"/>
        <source>Sync Window: Future Days</source>
        <translation>Synchronisierungszeitraum: künftige Tage</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="147"/>
        <source>Conflicts: Which Side Wins</source>
        <translation>Konflikte: Welche Seite gewinnt</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="149"/>
        <source>Safety Stop: Deletes Above (% of a Mailbox)</source>
        <translation>Sicherheitsstopp: Löschungen über (% eines Postfachs)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="150"/>
        <source>SMTP Server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="151"/>
        <source>SMTP Port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="153"/>
        <source>SMTP Encryption</source>
        <translation>SMTP-Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="154"/>
        <source>SMTP Sender Address</source>
        <translation>SMTP-Absenderadresse</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="155"/>
        <source>SMTP User</source>
        <translation>SMTP-Benutzer</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="157"/>
        <source>Listener Bind Address</source>
        <translation>Bindungsadresse des Listeners</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="160"/>
        <source>Listener Port</source>
        <translation>Listener-Port</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="162"/>
        <source>Listener Public URL</source>
        <translation>Öffentliche URL des Listeners</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="166"/>
        <source>Listener TLS Certificate (PEM)</source>
        <translation>Listener-TLS-Zertifikat (PEM)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="168"/>
        <source>Listener TLS Private Key (PEM)</source>
        <translation>Privater TLS-Schlüssel des Listeners (PEM)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="169"/>
        <source>Data Directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="171"/>
        <source>Extra Trusted CA Certificates (PEM)</source>
        <translation>Zusätzliche vertrauenswürdige CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="173"/>
        <source>Pinned Server Certificate (SHA-256)</source>
        <translation>Festgelegtes Serverzertifikat (SHA-256)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="177"/>
        <source>Failed Messages: First Retry After (Seconds)</source>
        <translation>Fehlgeschlagene Nachrichten: erste Wiederholung nach (Sekunden)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="179"/>
        <source>Failed Messages: Longest Retry Interval (Seconds)</source>
        <translation>Fehlgeschlagene Nachrichten: längstes Wiederholungsintervall (Sekunden)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="181"/>
        <source>Failed Messages: Attempts Before Parking</source>
        <translation>Fehlgeschlagene Nachrichten: Versuche vor dem Zurückstellen</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="183"/>
        <source>Error E-mail: At Most One Every (Minutes)</source>
        <translation>Fehler-E-Mail: höchstens eine alle (Minuten)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="185"/>
        <source>Transaction Log: Keep (Days)</source>
        <translation>Transaktionsprotokoll: aufbewahren (Tage)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="221"/>
        <source>the value is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="231"/>
        <source>the part before @ is %1 characters long; at most 64 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="251"/>
        <source>the value is not valid UTF-8 text (it contains U+FFFD, which stands for bytes that were not UTF-8); type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="256"/>
        <source>the value contains control characters (U+%1), such as a line break or a tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="265"/>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>„%1“ ist keiner der Werte: %2.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="276"/>
        <source>&apos;%1&apos; is not a host name (letters, digits, dots and hyphens, optionally :port).</source>
        <translation>„%1“ ist kein Hostname (Buchstaben, Ziffern, Punkte und Bindestriche, optional :Port).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="282"/>
        <source>port %1 is out of range (1 to 65535).</source>
        <translation>Port %1 liegt außerhalb des zulässigen Bereichs (1 bis 65535).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="289"/>
        <source>&apos;%1&apos; is not an install name: type the name only, such as CRM, without slashes or spaces.</source>
        <translation>„%1“ ist kein Installationsname: Geben Sie nur den Namen ein, z. B. CRM, ohne Schrägstriche oder Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="294"/>
        <source>the logon id has leading or trailing spaces or control characters.</source>
        <translation>die Anmelde-ID enthält führende oder nachgestellte Leerzeichen oder Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="298"/>
        <source>&apos;%1&apos; is neither a mailbox alias nor an e-mail address.</source>
        <translation>„%1“ ist weder ein Postfachalias noch eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="304"/>
        <source>&apos;%1&apos; is not an e-mail address (name@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="311"/>
        <source>&apos;%1&apos; is not an http(s) URL with a host.</source>
        <translation>„%1“ ist keine http(s)-URL mit Host.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="313"/>
        <source>&apos;%1&apos; must use https; plain http is accepted only for 127.0.0.1 and localhost.</source>
        <translation>„%1“ muss https verwenden; unverschlüsseltes http wird nur für 127.0.0.1 und localhost akzeptiert.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="326"/>
        <location filename="../core/config/SettingsSchema.cpp" line="330"/>
        <source>&apos;%1&apos; is not an absolute path.</source>
        <translation>„%1“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="333"/>
        <source>file &apos;%1&apos; does not exist.</source>
        <translation>die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="335"/>
        <source>&apos;%1&apos; is not a readable file.</source>
        <translation>„%1“ ist keine lesbare Datei.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="340"/>
        <source>&apos;%1&apos; is not of the form DOMAIN\account or account@domain.</source>
        <translation>„%1“ hat nicht die Form DOMÄNE\Konto oder Konto@Domäne.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="344"/>
        <source>&apos;%1&apos; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</source>
        <translation>„%1“ ist keine GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="348"/>
        <source>&apos;%1&apos; is neither a tenant GUID nor a domain such as contoso.onmicrosoft.com.</source>
        <translation>„%1“ ist weder eine Mandanten-GUID noch eine Domäne wie contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="356"/>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed).</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern, Doppelpunkte erlaubt).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="362"/>
        <source>&apos;%1&apos; is not an IP address (such as 127.0.0.1, 0.0.0.0 or ::).</source>
        <translation>„%1“ ist keine IP-Adresse (z. B. 127.0.0.1, 0.0.0.0 oder ::).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="393"/>
        <source>%1 (Exchange server %2)</source>
        <translation>%1 (Exchange-Server %2)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="429"/>
        <source>&apos;%1&apos; is not a server name: use 1 to 32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>&apos;%1&apos; ist kein Servername: verwenden Sie 1 bis 32 Buchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="437"/>
        <source>unknown setting &apos;%1&apos;.</source>
        <translation>unbekannte Einstellung „%1“.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="452"/>
        <source>%1: &apos;%2&apos; is not true or false.</source>
        <translation>%1: „%2“ ist weder true noch false.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="460"/>
        <source>%1: &apos;%2&apos; is not a whole number.</source>
        <translation>%1: „%2“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="467"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="476"/>
        <source>expected true or false.</source>
        <translation>true oder false erwartet.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="480"/>
        <source>expected a whole number.</source>
        <translation>ganze Zahl erwartet.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="483"/>
        <source>%1 is out of range (%2 to %3).</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs (%2 bis %3).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="488"/>
        <source>expected text.</source>
        <translation>Text erwartet.</translation>
    </message>
</context>
<context>
    <name>cxsync::SettingsValidator</name>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="70"/>
        <location filename="../core/config/SettingsValidator.cpp" line="111"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="28"/>
        <location filename="../core/config/SettingsValidator.cpp" line="112"/>
        <source>%1 is required %2.</source>
        <translation>%1 ist %2 erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="118"/>
        <source>unknown setting &apos;%1&apos;.</source>
        <translation>unbekannte Einstellung „%1“.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="59"/>
        <location filename="../core/config/SettingsValidator.cpp" line="92"/>
        <location filename="../core/config/SettingsValidator.cpp" line="122"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="126"/>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="141"/>
        <source>on the Exchange server</source>
        <translation>auf dem Exchange-Server</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="143"/>
        <source>Create CRM Users can only be selected on the CRM server.</source>
        <translation>„CRM-Benutzer anlegen“ kann nur auf dem CRM-Server ausgewählt werden.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="31"/>
        <location filename="../core/config/SettingsValidator.cpp" line="32"/>
        <source>for Exchange Online</source>
        <translation>für Exchange Online</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="34"/>
        <source>when the client credential is a certificate</source>
        <translation>bei einem Zertifikat als Client-Anmeldeinformationen</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="37"/>
        <source>Exchange Account must be the mailbox&apos;s e-mail address (user principal name) for Exchange Online.</source>
        <translation>Für Exchange Online muss „Exchange-Konto“ die E-Mail-Adresse des Postfachs (Benutzerprinzipalname) sein.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="42"/>
        <source>Primary Exchange Server (or an EWS URL) is required for on-premises Exchange.</source>
        <translation>Für lokales Exchange ist „Primärer Exchange-Server“ (oder eine EWS-URL) erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="43"/>
        <source>for on-premises Exchange</source>
        <translation>für lokales Exchange</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="64"/>
        <source>unknown setting &apos;%1&apos; for an Exchange server.</source>
        <translation>unbekannte Einstellung &apos;%1&apos; für einen Exchange-Server.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="81"/>
        <source>%1 &apos;%2&apos; is a folder: give a file name, such as %2/journal.sqlite.</source>
        <translation>%1 „%2“ ist ein Ordner: Geben Sie einen Dateinamen an, z. B. %2/journal.sqlite.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="84"/>
        <source>%1 &apos;%2&apos;: the folder &apos;%3&apos; does not exist; create it first (for the service: owned by its account, mode 0700).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="160"/>
        <source>SMTP Sender Address is required when an SMTP server is set.</source>
        <translation>„SMTP-Absenderadresse“ ist erforderlich, wenn ein SMTP-Server festgelegt ist.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="162"/>
        <source>SMTP Server is required when an SMTP user is set.</source>
        <translation>„SMTP-Server“ ist erforderlich, wenn ein SMTP-Benutzer festgelegt ist.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="164"/>
        <source>%1 must not be shorter than %2.</source>
        <translation>%1 darf nicht kürzer als %2 sein.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="171"/>
        <source>NT Account Password and Re-enter Password do not match.</source>
        <translation>„NT-Kontokennwort“ und „Kennwort erneut eingeben“ stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="174"/>
        <source>the %1 must not contain line breaks.</source>
        <translation>das %1 darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="176"/>
        <source>the %1: %2</source>
        <translation type="unfinished"></translation>
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
        <location filename="../core/hooks/SubscriptionManager.cpp" line="57"/>
        <source>mailbox %1 is not on an Exchange Online (Graph) server: it cannot have a change subscription</source>
        <translation>Postfach %1 liegt nicht auf einem Exchange-Online-Server (Graph): es kann kein Änderungsabonnement haben</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="86"/>
        <source>The journal could not read subscriptions: %1</source>
        <translation>Das Journal konnte die Abonnements nicht lesen: %1</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="151"/>
        <source>The journal could not store subscription %1: %2</source>
        <translation>Das Journal konnte das Abonnement %1 nicht speichern: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="163"/>
        <source>The journal could not update subscription %1.</source>
        <translation>Das Journal konnte das Abonnement %1 nicht aktualisieren.</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="217"/>
        <source>Graph could not reach the listener at %1 to validate the subscription: %2</source>
        <translation>Graph konnte den Listener unter %1 nicht erreichen, um das Abonnement zu validieren: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="227"/>
        <source>Graph&apos;s subscription answer lacks a valid id or expirationDateTime.</source>
        <translation>Der Antwort von Graph auf das Abonnement fehlt eine gültige id oder expirationDateTime.</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="408"/>
        <source>No subscription &apos;%1&apos; is known.</source>
        <translation>Kein Abonnement „%1“ bekannt.</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="414"/>
        <source>removed by Graph</source>
        <translation>von Graph entfernt</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="431"/>
        <source>Unknown lifecycle event &apos;%1&apos;.</source>
        <translation>Unbekanntes Lebenszyklusereignis „%1“.</translation>
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
</context>
<context>
    <name>cxsync::SyncNowAction</name>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="15"/>
        <location filename="../ui/SyncNowAction.cpp" line="180"/>
        <source>Sync Now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="17"/>
        <source>Retry the failed messages that are due, then synchronize the calendars of every linked user once, both ways as the options say.</source>
        <translation>Versucht fällige fehlgeschlagene Nachrichten erneut und synchronisiert dann die Kalender aller verknüpften Benutzer einmal, in beide Richtungen gemäß den Optionen.</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="55"/>
        <source>Sync Now: stopping after the write under way…</source>
        <translation>Jetzt synchronisieren: wird nach dem laufenden Schreibvorgang beendet…</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="61"/>
        <source>Sync Now: already running.</source>
        <translation>Jetzt synchronisieren: läuft bereits.</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="67"/>
        <source>Sync Now: connecting…</source>
        <translation>Jetzt synchronisieren: Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="69"/>
        <source>Cancel Sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="71"/>
        <source>Sync Now started (saved settings: %1).</source>
        <translation>„Jetzt synchronisieren“ gestartet (gespeicherte Einstellungen: %1).</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="99"/>
        <source>Sync Now: retrying failed messages…</source>
        <translation>Jetzt synchronisieren: fehlgeschlagene Nachrichten werden erneut versucht…</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="107"/>
        <location filename="../ui/SyncNowAction.cpp" line="165"/>
        <source>Sync Now: %1</source>
        <translation>Jetzt synchronisieren: %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="121"/>
        <source>Mass delete</source>
        <translation>Massenlöschung</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="122"/>
        <source>This run would delete %1 of the %2 synchronized items of %3 (more than %4 %).

Delete them? No keeps everything for now; the next run asks again.</source>
        <translation>Dieser Lauf würde %1 der %2 synchronisierten Elemente von %3 löschen (mehr als %4 %).

Sollen sie gelöscht werden? Bei „Nein“ bleibt vorerst alles erhalten; der nächste Lauf fragt erneut.</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="146"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="153"/>
        <source>Sync Now: %1: %2</source>
        <translation>Jetzt synchronisieren: %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="156"/>
        <source>Sync Now: synchronizing…</source>
        <translation>Jetzt synchronisieren: Synchronisierung läuft…</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="163"/>
        <source>Sync Now failed: %1</source>
        <translation>„Jetzt synchronisieren“ fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="167"/>
        <source>Sync Now: failed: %1</source>
        <translation>Jetzt synchronisieren: fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="169"/>
        <source>Sync Now: %1 kept: %2 deletes not applied (more than %3 % of %4 items).</source>
        <translation>Jetzt synchronisieren: %1 beibehalten: %2 Löschungen nicht ausgeführt (mehr als %3 % von %4 Elementen).</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="175"/>
        <source>Sync Now: note: %1</source>
        <translation>Jetzt synchronisieren: Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="177"/>
        <source>Sync Now: see the Failed Messages tab; they are retried at growing intervals.</source>
        <translation>Jetzt synchronisieren: siehe Registerkarte „Fehlgeschlagene Nachrichten“; sie werden in wachsenden Abständen erneut versucht.</translation>
    </message>
</context>
<context>
    <name>cxsync::SyncService</name>
    <message>
        <location filename="../core/service/SyncService.cpp" line="80"/>
        <source>push needs the listener client state (secret listener-client-state); run &apos;cxsync hooks install&apos; once</source>
        <translation>Push erfordert das Listener-Geheimnis (Geheimnis listener-client-state); führen Sie einmal „cxsync hooks install“ aus</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="96"/>
        <source>Change notification for %1.</source>
        <translation>Änderungsbenachrichtigung für %1.</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="116"/>
        <source>Listening for notifications at %1 (port %2).</source>
        <translation>Warte auf Benachrichtigungen unter %1 (Port %2).</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="131"/>
        <source>Subscription for %1 failed (polling covers it): %2</source>
        <translation>Abonnement für %1 fehlgeschlagen (Abfragen decken es ab): %2</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="136"/>
        <source>Change subscriptions: %1 active, %2 failed.</source>
        <translation>Änderungsabonnements: %1 aktiv, %2 fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/service/SyncService.cpp" line="142"/>
        <source>Push is not configured: changes are found by polling every %n second(s).</source>
        <translation>
            <numerusform>Push ist nicht konfiguriert: Änderungen werden durch Abfragen jede %n Sekunde gefunden.</numerusform>
            <numerusform>Push ist nicht konfiguriert: Änderungen werden durch Abfragen alle %n Sekunden gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="221"/>
        <source>Lifecycle event %1 for %2.</source>
        <translation>Lebenszyklusereignis %1 für %2.</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="230"/>
        <source>Lifecycle handling for %1 failed: %2</source>
        <translation>Behandlung des Lebenszyklusereignisses für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="304"/>
        <source>all users</source>
        <translation>alle Benutzer</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="318"/>
        <source>CRM changes</source>
        <translation>CRM-Änderungen</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="359"/>
        <source>Sync of %1 failed: %2</source>
        <translation>Synchronisierung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/service/SyncService.cpp" line="383"/>
        <source>Push is working: CRM changes are read every %n second(s), every mailbox in full every %1 minute(s).</source>
        <translation>
            <numerusform>Push funktioniert: CRM-Änderungen werden alle %n Sekunde gelesen, jedes Postfach vollständig alle %1 Minute(n).</numerusform>
            <numerusform>Push funktioniert: CRM-Änderungen werden alle %n Sekunden gelesen, jedes Postfach vollständig alle %1 Minute(n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="402"/>
        <source>Renewing the subscription for %1 failed (polling covers it): %2</source>
        <translation>Erneuern des Abonnements für %1 fehlgeschlagen (Abfragen decken es ab): %2</translation>
    </message>
</context>
<context>
    <name>cxsync::TestConnectionCommand</name>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="31"/>
        <source>Test Connection passed: %1 of %2 steps passed, %3 skipped.</source>
        <translation>Verbindungstest bestanden: %1 von %2 Schritten bestanden, %3 übersprungen.</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="35"/>
        <source>Test Connection failed: %1 of %2 steps failed.</source>
        <translation>Verbindungstest fehlgeschlagen: %1 von %2 Schritten fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="53"/>
        <source>pass</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="56"/>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="59"/>
        <source>skip</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="62"/>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="74"/>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="75"/>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
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
        <location filename="../ui/TransactionLogModel.cpp" line="84"/>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="99"/>
        <source>CRM → Exchange</source>
        <translation>CRM → Exchange</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="100"/>
        <source>Exchange → CRM</source>
        <translation>Exchange → CRM</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="110"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="124"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="126"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="128"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="130"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="132"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="134"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="136"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="138"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>cxsync::UsersCommand</name>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="101"/>
        <source>usage: cxsync users sync [--dry-run] [--yes] [--json] | users list [--json] | users disable USER | users enable USER</source>
        <translation>Aufruf: cxsync users sync [--dry-run] [--yes] [--json] | users list [--json] | users disable USER | users enable USER</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="177"/>
        <source>user sync reads the directory through Exchange Online (Microsoft Graph); on-premises Exchange (EWS) is not available in this version</source>
        <translation>die Benutzersynchronisierung liest das Verzeichnis über Exchange Online (Microsoft Graph); lokales Exchange (EWS) ist in dieser Version nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="183"/>
        <source>Reading the mailboxes, the CRM users and the journal…</source>
        <translation>Postfächer, CRM-Benutzer und Journal werden gelesen…</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="193"/>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="221"/>
        <source>Create %n CRM user(s) as resources? [y/N] </source>
        <translation>
            <numerusform>%n CRM-Benutzer als Ressource anlegen? [y/N] </numerusform>
            <numerusform>%n CRM-Benutzer als Ressourcen anlegen? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="228"/>
        <source>%n CRM user(s) not created: creating users needs --yes (or &quot;y&quot; at the prompt). The links are applied.</source>
        <translation>
            <numerusform>%n CRM-Benutzer nicht angelegt: Das Anlegen von Benutzern erfordert --yes (oder „y“ bei der Abfrage). Die Verknüpfungen werden angewendet.</numerusform>
            <numerusform>%n CRM-Benutzer nicht angelegt: Das Anlegen von Benutzern erfordert --yes (oder „y“ bei der Abfrage). Die Verknüpfungen werden angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="235"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="262"/>
        <source>User sync plan for %1: %2 mailboxes, %3 CRM users</source>
        <translation>Plan der Benutzersynchronisierung für %1: %2 Postfächer, %3 CRM-Benutzer</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="268"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="276"/>
        <source>(stored id %1, e-mail %2, alias %3, name %4)</source>
        <translation>(gespeicherte ID %1, E-Mail %2, Alias %3, Name %4)</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="282"/>
        <source>as resources (Create CRM Users)</source>
        <translation>als Ressourcen („CRM-Benutzer anlegen“)</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="290"/>
        <source>Links:</source>
        <translation>Verknüpfungen:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="290"/>
        <source>Creations:</source>
        <translation>Neuanlagen:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="291"/>
        <source>Unlinks:</source>
        <translation>Verknüpfungen lösen:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="291"/>
        <source>Exclusions:</source>
        <translation>Ausschlüsse:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="292"/>
        <source>Conflicts:</source>
        <translation>Konflikte:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="292"/>
        <source>Not linked:</source>
        <translation>Nicht verknüpft:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="307"/>
        <source>%1 (%2 %3) &lt;- %4, resource</source>
        <translation>%1 (%2 %3) &lt;- %4, Ressource</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="321"/>
        <source> [with %1]</source>
        <translation> [mit %1]</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="354"/>
        <source>nothing was applied: %1</source>
        <translation>es wurde nichts angewendet: %1</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="357"/>
        <source>Applied in %1 ms: %2 linked, %3 created, %4 unlinked, %5 excluded, %6 unchanged, %7 conflicts, %8 not linked</source>
        <translation>Angewendet in %1 ms: %2 verknüpft, %3 angelegt, %4 Verknüpfungen gelöst, %5 ausgeschlossen, %6 unverändert, %7 Konflikte, %8 nicht verknüpft</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="370"/>
        <source>%n creation(s) declined.</source>
        <translation>
            <numerusform>%n Neuanlage abgelehnt.</numerusform>
            <numerusform>%n Neuanlagen abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="373"/>
        <source>%n user(s) failed; see the lines above and `cxsync users list`</source>
        <translation>
            <numerusform>%n Benutzer fehlgeschlagen; siehe die Zeilen oben und `cxsync users list`</numerusform>
            <numerusform>%n Benutzer fehlgeschlagen; siehe die Zeilen oben und `cxsync users list`</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="376"/>
        <source>Interrupted by %1: %2 change(s) applied (%3 linked, %4 created, %5 unlinked), %6 failed, %7 not started; run `cxsync users sync` again to finish.</source>
        <translation>Durch %1 unterbrochen: %2 Änderung(en) angewendet (%3 verknüpft, %4 erstellt, %5 Verknüpfung aufgehoben), %6 fehlgeschlagen, %7 nicht begonnen; führen Sie `cxsync users sync` erneut aus, um den Vorgang abzuschließen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="388"/>
        <source>cancelled: %n change(s) not started; run the sync again</source>
        <translation>
            <numerusform>abgebrochen: %n Änderung nicht begonnen; führen Sie die Synchronisierung erneut aus</numerusform>
            <numerusform>abgebrochen: %n Änderungen nicht begonnen; führen Sie die Synchronisierung erneut aus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="401"/>
        <source>%1: finishing the writes under way, starting no new ones… (press Ctrl+C again to quit at once)</source>
        <translation>%1: laufende Schreibvorgänge werden abgeschlossen, keine neuen begonnen… (drücken Sie erneut Strg+C, um sofort zu beenden)</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="409"/>
        <source>Interrupted by %1 before anything was written; the plan was not applied.</source>
        <translation>Durch %1 unterbrochen, bevor etwas geschrieben wurde; der Plan wurde nicht angewendet.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="431"/>
        <source>No users in the journal yet: run `cxsync users sync`.</source>
        <translation>Noch keine Benutzer im Journal: Führen Sie `cxsync users sync` aus.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="441"/>
        <source>LOGON</source>
        <translation>ANMELDUNG</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="441"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="441"/>
        <source>MAILBOX</source>
        <translation>POSTFACH</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="443"/>
        <source>EXCHANGE SERVER</source>
        <translation>EXCHANGE-SERVER</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="444"/>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="444"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="444"/>
        <source>LAST SYNC</source>
        <translation>LETZTE SYNC.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="444"/>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="451"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="478"/>
        <source>%1 is disabled: it is not synchronized, and user sync does not link it again until `cxsync users enable %2`.</source>
        <translation>%1 ist deaktiviert: Er wird nicht synchronisiert, und die Benutzersynchronisierung verknüpft ihn erst nach `cxsync users enable %2` wieder.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="496"/>
        <source>%1 is enabled: the next `cxsync users sync` links it.</source>
        <translation>%1 ist aktiviert: Der nächste `cxsync users sync` verknüpft ihn.</translation>
    </message>
</context>
<context>
    <name>cxsync::UsersPage</name>
    <message>
        <location filename="../ui/UsersPage.cpp" line="88"/>
        <source>Filter by logon, name, mailbox, rule, state or message</source>
        <translation>Nach Anmeldung, Name, Postfach, Regel, Status oder Meldung filtern</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="92"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="95"/>
        <source>With errors</source>
        <translation>Mit Fehlern</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="96"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="104"/>
        <source>CRM user</source>
        <translation>CRM-Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="104"/>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="104"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="104"/>
        <source>Exchange Server</source>
        <translation>Exchange-Server</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="105"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="105"/>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="105"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="105"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="128"/>
        <location filename="../ui/UsersPage.cpp" line="491"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="131"/>
        <source>Stop synchronizing the selected users: their Exchange user id is cleared in the CRM, and user sync does not link them again until they are enabled.</source>
        <translation>Die ausgewählten Benutzer nicht mehr synchronisieren: Ihre Exchange-Benutzer-ID wird im CRM gelöscht, und die Benutzersynchronisierung verknüpft sie erst nach dem Aktivieren wieder.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="133"/>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="135"/>
        <source>Let user sync link the selected users again.</source>
        <translation>Die Benutzersynchronisierung darf die ausgewählten Benutzer wieder verknüpfen.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="136"/>
        <location filename="../ui/UsersPage.cpp" line="557"/>
        <source>Test Mailbox Access</source>
        <translation>Postfachzugriff testen</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="138"/>
        <source>Read the selected user&apos;s calendar as synchronization will.</source>
        <translation>Den Kalender des ausgewählten Benutzers so lesen, wie es die Synchronisierung tun wird.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="142"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="153"/>
        <source>Sync Users With CRM And Install Scripts</source>
        <translation>Benutzer mit CRM synchronisieren und Skripte installieren</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="156"/>
        <source>Link every CRM user to its mailbox (stored id, e-mail, alias, then unique first + last name) and, with Create CRM Users, create the missing ones as resources. You see the plan before anything is written.</source>
        <translation>Jeden CRM-Benutzer mit seinem Postfach verknüpfen (gespeicherte ID, E-Mail, Alias, dann eindeutiger Vor- + Nachname) und mit „CRM-Benutzer anlegen“ die fehlenden als Ressourcen anlegen. Sie sehen den Plan, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="207"/>
        <location filename="../ui/UsersPage.cpp" line="255"/>
        <source>No users yet: Sync Users With CRM (Actions) reads both sides and shows a preview.</source>
        <translation>Noch keine Benutzer: „Benutzer mit CRM synchronisieren“ (Aktionen) liest beide Seiten und zeigt eine Vorschau.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="213"/>
        <source>The journal cannot be read: %1</source>
        <translation>Das Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="236"/>
        <location filename="../ui/UsersPage.cpp" line="283"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="258"/>
        <source>%1 CRM users: %2 linked, %3 not linked, %4 excluded, %5 in conflict, %6 with errors.</source>
        <translation>%1 CRM-Benutzer: %2 verknüpft, %3 nicht verknüpft, %4 ausgeschlossen, %5 im Konflikt, %6 mit Fehlern.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="282"/>
        <source>%1 (not in this profile)</source>
        <translation>%1 (nicht in diesem Profil)</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="283"/>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="312"/>
        <location filename="../ui/UsersPage.cpp" line="317"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="331"/>
        <source>Sync Users: already running; Cancel on the Users page stops it.</source>
        <translation>Benutzersynchronisierung: läuft bereits; „Abbrechen“ auf der Seite „Benutzer“ beendet sie.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="334"/>
        <source>Sync Users: reading…</source>
        <translation>Benutzersynchronisierung: wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="336"/>
        <source>Sync Users With CRM: reading the mailboxes and the CRM users (saved settings: %1)…</source>
        <translation>Benutzer mit CRM synchronisieren: Postfächer und CRM-Benutzer werden gelesen (gespeicherte Einstellungen: %1)…</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="338"/>
        <source>Sync Users</source>
        <translation>Benutzersynchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="344"/>
        <source>Sync Users: user sync reads the directory through Exchange Online (Microsoft Graph); on-premises Exchange (EWS) is not available in this version.</source>
        <translation>Benutzersynchronisierung: Die Benutzersynchronisierung liest das Verzeichnis über Exchange Online (Microsoft Graph); lokales Exchange (EWS) ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="356"/>
        <source>Sync Users: %1</source>
        <translation>Benutzersynchronisierung: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="369"/>
        <source>Sync Users: warning: %1</source>
        <translation>Benutzersynchronisierung: Warnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="371"/>
        <source>Sync Users: %1 to link, %2 to create, %3 to unlink, %4 conflicts, %5 not linked. Review the preview; nothing is written until Apply.</source>
        <translation>Benutzersynchronisierung: %1 zu verknüpfen, %2 anzulegen, %3 Verknüpfungen zu lösen, %4 Konflikte, %5 nicht verknüpft. Prüfen Sie die Vorschau; bis „Anwenden“ wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="383"/>
        <source>Sync Users: cancelled at the preview; nothing was written.</source>
        <translation>Benutzersynchronisierung: in der Vorschau abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersPage.cpp" line="395"/>
        <source>Sync Users: %n CRM user(s) will not be created, as chosen.</source>
        <translation>
            <numerusform>Benutzersynchronisierung: %n CRM-Benutzer wird wie gewählt nicht angelegt.</numerusform>
            <numerusform>Benutzersynchronisierung: %n CRM-Benutzer werden wie gewählt nicht angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="396"/>
        <source>Sync Users: %v of %m</source>
        <translation>Benutzersynchronisierung: %v von %m</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="403"/>
        <source>Sync Users: %1: %2</source>
        <translation>Benutzersynchronisierung: %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="414"/>
        <source>Sync Users: nothing was applied: %1</source>
        <translation>Benutzersynchronisierung: Es wurde nichts angewendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="417"/>
        <source>Sync Users: %1 linked, %2 created as resources, %3 unlinked, %4 excluded, %5 unchanged, %6 conflicts, %7 not linked, %8 failed (%9 ms).</source>
        <translation>Benutzersynchronisierung: %1 verknüpft, %2 als Ressourcen angelegt, %3 Verknüpfungen gelöst, %4 ausgeschlossen, %5 unverändert, %6 Konflikte, %7 nicht verknüpft, %8 fehlgeschlagen (%9 ms).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersPage.cpp" line="430"/>
        <source>Sync Users: cancelled; %n change(s) were not started. Run it again to finish.</source>
        <translation>
            <numerusform>Benutzersynchronisierung: abgebrochen; %n Änderung wurde nicht begonnen. Führen Sie sie erneut aus, um sie abzuschließen.</numerusform>
            <numerusform>Benutzersynchronisierung: abgebrochen; %n Änderungen wurden nicht begonnen. Führen Sie sie erneut aus, um sie abzuschließen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="436"/>
        <source>Install Scripts: not started, as the user sync did not complete.</source>
        <translation>Skripte installieren: nicht gestartet, da die Benutzersynchronisierung nicht abgeschlossen wurde.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="463"/>
        <source>Sync Users: cancelling; the writes under way finish first…</source>
        <translation>Benutzersynchronisierung: wird abgebrochen; laufende Schreibvorgänge werden zuerst abgeschlossen…</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="513"/>
        <source>%1 disabled: not synchronized, and not linked again by user sync until enabled.</source>
        <translation>%1 deaktiviert: nicht synchronisiert und von der Benutzersynchronisierung erst nach dem Aktivieren wieder verknüpft.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="516"/>
        <source>Disable: %1</source>
        <translation>Deaktivieren: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="528"/>
        <location filename="../ui/UsersPage.cpp" line="540"/>
        <source>Enable: %1</source>
        <translation>Aktivieren: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="538"/>
        <source>%1 enabled: the next Sync Users links it.</source>
        <translation>%1 aktiviert: Die nächste Benutzersynchronisierung verknüpft ihn.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="556"/>
        <source>Test Mailbox Access: reading the calendar of %1…</source>
        <translation>Postfachzugriff testen: Der Kalender von %1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="564"/>
        <source>Test Mailbox Access: on-premises Exchange (EWS) is not available in this version.</source>
        <translation>Postfachzugriff testen: Lokales Exchange (EWS) ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="574"/>
        <source>Test Mailbox Access: %1.</source>
        <translation>Postfachzugriff testen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="575"/>
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
    <name>cxsync::crm::sagecrm::SageCrmConnector</name>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="130"/>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="279"/>
        <source>The CRM sent an invalid %1 in %2: %3.</source>
        <translation>Das CRM hat ein ungültiges %1 in %2 gesendet: %3.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="153"/>
        <source>The CRM sent a %1 page without $resources.</source>
        <translation>Das CRM hat eine %1-Seite ohne $resources gesendet.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="159"/>
        <source>The CRM sent a %1 page without a valid $totalResults.</source>
        <translation>Das CRM hat eine %1-Seite ohne gültiges $totalResults gesendet.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="166"/>
        <source>The CRM sent a %1 page with a row that is not an object.</source>
        <translation>Das CRM hat eine %1-Seite mit einer Zeile gesendet, die kein Objekt ist.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="295"/>
        <source>&apos;%1&apos; is not yyyy-MM-ddTHH:mm:ss</source>
        <translation>„%1“ hat nicht das Format yyyy-MM-ddTHH:mm:ss</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="301"/>
        <source>&apos;%1&apos; is not a valid date/time</source>
        <translation>„%1“ ist kein gültiges Datum bzw. keine gültige Uhrzeit</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="402"/>
        <source>CRM rejected the logon &apos;%1&apos;: wrong user name or password (HTTP 401).</source>
        <translation>Das CRM hat die Anmeldung „%1“ abgelehnt: falscher Benutzername oder falsches Kennwort (HTTP 401).</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="411"/>
        <source>The CRM has no field %1 (it answered: %2). Add it in Sage CRM under Administration | Customization | %3 | Fields | New: a Text field with the column name %4, length 255; then run Install Scripts again.</source>
        <translation>Das CRM hat kein Feld %1 (es antwortete: %2). Legen Sie es in Sage CRM unter Administration | Anpassung | %3 | Felder | Neu an: ein Textfeld mit dem Spaltennamen %4, Länge 255; führen Sie danach „Skripte installieren“ erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="420"/>
        <source>CRM user &apos;%1&apos; may not use the REST API: %2</source>
        <translation>Der CRM-Benutzer „%1“ darf die REST-API nicht verwenden: %2</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="460"/>
        <source>The CRM answered %1 with something that is not a JSON object.</source>
        <translation>Das CRM hat %1 mit etwas beantwortet, das kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="466"/>
        <source>The CRM accepted %1 but its answer could not be read; the write is checked before it is repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="509"/>
        <source>Internal error: an invalid CRM query.</source>
        <translation>Interner Fehler: eine ungültige CRM-Abfrage.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="562"/>
        <source>Sage CRM before 2024 R2: single-condition filters; records are ordered and paged by the synchronization (count/startIndex).</source>
        <translation>Sage CRM vor 2024 R2: Filter mit einer Bedingung; die Synchronisierung sortiert und blättert die Datensätze selbst (count/startIndex).</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="566"/>
        <source>Sage CRM 2024 R2 or later: orderBy and combined filters.</source>
        <translation>Sage CRM 2024 R2 oder neuer: orderBy und kombinierte Filter.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="585"/>
        <source>CRM accepted the logon &apos;%1&apos; but lists no user with it.</source>
        <translation>Das CRM hat die Anmeldung „%1“ akzeptiert, führt aber keinen Benutzer damit.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="652"/>
        <source>$prototypes/%1 lists its fields in a shape this version does not know</source>
        <translation>$prototypes/%1 listet seine Felder in einer Form, die diese Version nicht kennt</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="657"/>
        <source>the CRM has no $prototypes/%1 (HTTP %2)</source>
        <translation>das CRM hat kein $prototypes/%1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="679"/>
        <source>%1; no %2 record exists to show its fields</source>
        <translation>%1; es gibt keinen %2-Datensatz, der seine Felder zeigen könnte</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="681"/>
        <source>%1; checked on a %2 record instead</source>
        <translation>%1; stattdessen an einem %2-Datensatz geprüft</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="731"/>
        <source>&apos;%1&apos; is not a CRM user id.</source>
        <translation>„%1“ ist keine CRM-Benutzer-ID.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="749"/>
        <source>A CRM user needs a logon.</source>
        <translation>Ein CRM-Benutzer benötigt einen Anmeldenamen.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="769"/>
        <source>The CRM already has a user with the logon &apos;%1&apos;.</source>
        <translation>Das CRM hat bereits einen Benutzer mit dem Anmeldenamen „%1“.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="783"/>
        <source>An appointment needs a valid start and an end not before it.</source>
        <translation>Ein Termin benötigt einen gültigen Beginn und ein Ende, das nicht davor liegt.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="813"/>
        <source>An appointment update needs a CRM id, a start and an end.</source>
        <translation>Eine Terminaktualisierung benötigt eine CRM-ID, einen Beginn und ein Ende.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="837"/>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="865"/>
        <source>&apos;%1&apos; is not a CRM appointment id.</source>
        <translation>„%1“ ist keine ID eines CRM-Termins.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="882"/>
        <source>CRM communication %1 is a %2, not an appointment.</source>
        <translation>CRM-Kommunikation %1 ist vom Typ %2, kein Termin.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="897"/>
        <source>No Exchange id to look for.</source>
        <translation>Keine Exchange-ID zum Suchen.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="991"/>
        <source>&apos;%1&apos; is not a CRM id.</source>
        <translation>„%1“ ist keine CRM-ID.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="999"/>
        <source>No CRM appointment id.</source>
        <translation>Keine ID eines CRM-Termins.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphBatchWriter</name>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="109"/>
        <source>No mailbox given for the batch.</source>
        <translation>Für den Batch wurde kein Postfach angegeben.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="125"/>
        <source>No event id given.</source>
        <translation>Keine Termin-ID angegeben.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="237"/>
        <source>Graph answered a $batch request without a &quot;responses&quot; list.</source>
        <translation>Graph hat eine $batch-Anfrage ohne Liste „responses“ beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="251"/>
        <source>Graph&apos;s $batch answer has no response for request %1.</source>
        <translation>Die $batch-Antwort von Graph enthält keine Antwort für Anfrage %1.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="267"/>
        <source>Graph answered $batch request %1 without a valid status.</source>
        <translation>Graph hat die $batch-Anfrage %1 ohne gültigen Status beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="296"/>
        <source>Graph answered $batch request %1 with HTTP %2 but without the event.</source>
        <translation>Graph hat die $batch-Anfrage %1 mit HTTP %2 beantwortet, aber ohne den Termin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="345"/>
        <source>(gave up after %n attempts)</source>
        <translation>
            <numerusform>(nach %n Versuch aufgegeben)</numerusform>
            <numerusform>(nach %n Versuchen aufgegeben)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="370"/>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphConnector</name>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="162"/>
        <source>Graph answered a users page without &quot;value&quot;.</source>
        <translation>Graph hat eine Benutzerseite ohne „value“ geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="174"/>
        <source>Graph answered an unusable @odata.nextLink for users.</source>
        <translation>Graph hat einen unbrauchbaren @odata.nextLink für Benutzer geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="186"/>
        <source>Graph returned a user without id (%1).</source>
        <translation>Graph hat einen Benutzer ohne ID geliefert (%1).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="188"/>
        <source>Graph returned user %1 without userPrincipalName.</source>
        <translation>Graph hat den Benutzer %1 ohne userPrincipalName geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="196"/>
        <source>Graph returned user %1 with a non-boolean accountEnabled.</source>
        <translation>Graph hat den Benutzer %1 mit einem nicht booleschen accountEnabled geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="228"/>
        <source>Graph returned an unreadable %1 &quot;%2&quot; for item %3.</source>
        <translation>Graph hat für Element %3 ein unlesbares %1 „%2“ geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="237"/>
        <source>Graph returned item %1 without %2.</source>
        <translation>Graph hat Element %1 ohne %2 geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="243"/>
        <source>Graph returned item %1 with an unknown time zone &quot;%2&quot; in %3.</source>
        <translation>Graph hat Element %1 mit einer unbekannten Zeitzone „%2“ in %3 geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="248"/>
        <source>Graph returned item %1 with %2 in UTC but labelled &quot;%3&quot;.</source>
        <translation>Graph hat Element %1 mit %2 in UTC, aber mit der Bezeichnung „%3“ geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="257"/>
        <source>Graph returned item %1 with %2 %3 that does not exist in %4.</source>
        <translation>Graph hat Element %1 mit %2 %3 geliefert, das in %4 nicht existiert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="269"/>
        <source>Graph returned an event without id (subject &quot;%1&quot;).</source>
        <translation>Graph hat einen Termin ohne ID geliefert (Betreff „%1“).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="280"/>
        <source>Graph returned %1 %2 without seriesMasterId.</source>
        <translation>Graph hat %1 %2 ohne seriesMasterId geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="301"/>
        <source>Graph returned item %1 ending before it starts.</source>
        <translation>Graph hat Element %1 geliefert, das endet, bevor es beginnt.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="334"/>
        <source>Graph returned item %1 with an unreadable reminderMinutesBeforeStart.</source>
        <translation>Graph hat Element %1 mit einem unlesbaren reminderMinutesBeforeStart geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="346"/>
        <source>Graph returned item %1 with an attendee without address.</source>
        <translation>Graph hat Element %1 mit einem Teilnehmer ohne Adresse geliefert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="364"/>
        <source>Unknown time zone &quot;%1&quot; for event &quot;%2&quot;.</source>
        <translation>Unbekannte Zeitzone „%1“ für den Termin „%2“.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="367"/>
        <source>Event &quot;%1&quot; needs a valid start before its end.</source>
        <translation>Der Termin „%1“ benötigt einen gültigen Beginn vor seinem Ende.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="428"/>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="488"/>
        <source>No event id given.</source>
        <translation>Keine Termin-ID angegeben.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="477"/>
        <source>The answer to creating the event could not be read (%1); the event may exist, so it is looked for before it is created again.</source>
        <translation type="unfinished"></translation>
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
    <name>cxsync::net::HttpClient</name>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="163"/>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Aus %1 konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="173"/>
        <source>The pinned certificate fingerprint must be 64 hexadecimal digits (SHA-256).</source>
        <translation>Der festgelegte Zertifikat-Fingerabdruck muss aus 64 Hexadezimalziffern bestehen (SHA-256).</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="189"/>
        <source>Not an http(s) URL: %1</source>
        <translation>Keine http(s)-URL: %1</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="194"/>
        <source>The network is not available.</source>
        <translation>Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="300"/>
        <source>the server certificate (SHA-256 %1) does not match the pinned fingerprint %2</source>
        <translation>das Serverzertifikat (SHA-256 %1) stimmt nicht mit dem festgelegten Fingerabdruck %2 überein</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="352"/>
        <source>%1 redirected the request more than %2 times (the last HTTP %3 to %4); not followed further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="358"/>
        <source>%1 answered HTTP %2, a redirect to %3. Redirects to another server, scheme or port are not followed, so that credentials never leave the configured server: enter the final address in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="372"/>
        <source>TLS certificate problem with %1: %2</source>
        <translation>TLS-Zertifikatproblem mit %1: %2</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="426"/>
        <source>No answer from %1 within the timeout of %2 ms.</source>
        <translation>Keine Antwort von %1 innerhalb des Zeitlimits von %2 ms.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="428"/>
        <source>Server %1 not found: check the server name.</source>
        <translation>Server %1 nicht gefunden: Prüfen Sie den Servernamen.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="431"/>
        <source>Connection to %1 failed: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/HttpClient.cpp" line="434"/>
        <source>(gave up after %n attempts)</source>
        <translation>
            <numerusform>(nach %n Versuch aufgegeben)</numerusform>
            <numerusform>(nach %n Versuchen aufgegeben)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="467"/>
        <source>Request to %1 cancelled.</source>
        <translation>Anfrage an %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="510"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="511"/>
        <source>%1 answered HTTP %2 (%3).</source>
        <translation>%1 hat mit HTTP %2 geantwortet (%3).</translation>
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
        <location filename="../core/notify/ErrorNotifier.cpp" line="118"/>
        <source>[CRM Exchange Sync] %1 failed message(s), %2 parked, on %3</source>
        <translation>[CRM Exchange Sync] %1 fehlgeschlagene Nachricht(en), %2 zurückgestellt, auf %3</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="122"/>
        <source>[CRM Exchange Sync] %1 failed message(s) on %2</source>
        <translation>[CRM Exchange Sync] %1 fehlgeschlagene Nachricht(en) auf %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="125"/>
        <source>CRM Exchange Sync on %1 could not apply %2 change(s) since the last report (%3).</source>
        <translation>CRM Exchange Sync auf %1 konnte seit dem letzten Bericht (%3) %2 Änderung(en) nicht anwenden.</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="129"/>
        <source>CRM Exchange Sync on %1 could not apply %2 change(s).</source>
        <translation>CRM Exchange Sync auf %1 konnte %2 Änderung(en) nicht anwenden.</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="131"/>
        <source>By error kind:</source>
        <translation>Nach Fehlerart:</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="135"/>
        <source>By state:</source>
        <translation>Nach Status:</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="139"/>
        <source>parked: waits for you</source>
        <translation>zurückgestellt: wartet auf Sie</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="141"/>
        <source>waiting: retried automatically</source>
        <translation>wartend: wird automatisch wiederholt</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="143"/>
        <source>being retried now</source>
        <translation>wird gerade wiederholt</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="147"/>
        <source>Newest errors:</source>
        <translation>Neueste Fehler:</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="155"/>
        <source>      waiting, attempt %1, next attempt %2</source>
        <translation>      wartend, Versuch %1, nächster Versuch %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="162"/>
        <source>  ... and %1 more</source>
        <translation>  ... und %1 weitere</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="164"/>
        <source>Open messages in total: %1 (%2 parked).</source>
        <translation>Offene Nachrichten insgesamt: %1 (%2 zurückgestellt).</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="166"/>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="167"/>
        <source>  cxsync queue list            every failed message, newest first</source>
        <translation>  cxsync queue list            alle fehlgeschlagenen Nachrichten, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="168"/>
        <source>  cxsync queue show ID         one message: the change, the error, every attempt</source>
        <translation>  cxsync queue show ID         eine Nachricht: die Änderung, der Fehler, jeder Versuch</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="169"/>
        <source>  cxsync queue retry --all     retry what is waiting or parked, after fixing the cause</source>
        <translation>  cxsync queue retry --all     Wartendes oder Zurückgestelltes erneut versuchen, nachdem die Ursache behoben ist</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="170"/>
        <source>  cxsync log --since %1   what was applied</source>
        <translation>  cxsync log --since %1   was angewendet wurde</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="173"/>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/notify/ErrorNotifier.cpp" line="175"/>
        <source>At most one such mail is sent every %n minute(s).</source>
        <translation>
            <numerusform>Höchstens eine solche Mail wird jede %n Minute gesendet.</numerusform>
            <numerusform>Höchstens eine solche Mail wird alle %n Minuten gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="186"/>
        <source>[CRM Exchange Sync] Test mail from %1</source>
        <translation>[CRM Exchange Sync] Testmail von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/notify/ErrorNotifier.cpp" line="187"/>
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
        <location filename="../core/notify/ErrorNotifier.cpp" line="220"/>
        <source>%1 is not set: nobody to notify</source>
        <translation>%1 ist nicht festgelegt: niemand zu benachrichtigen</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="283"/>
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
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="152"/>
        <source>the stored change cannot be applied: %1</source>
        <translation>die gespeicherte Änderung kann nicht angewendet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="182"/>
        <source>created CRM appointment %1</source>
        <translation>CRM-Termin %1 erstellt</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="197"/>
        <source>already in the CRM as appointment %1 (an earlier attempt got through)</source>
        <translation>bereits als Termin %1 im CRM (ein früherer Versuch war erfolgreich)</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="212"/>
        <source>CRM appointment %1 no longer exists; the update is dropped</source>
        <translation>CRM-Termin %1 existiert nicht mehr; die Aktualisierung wird verworfen</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="218"/>
        <source>CRM appointment %1 was deleted meanwhile; the update is dropped</source>
        <translation>CRM-Termin %1 wurde inzwischen gelöscht; die Aktualisierung wird verworfen</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="223"/>
        <source>CRM appointment %1 was changed in the CRM at %2, after this change (%3); the newer CRM version is kept</source>
        <translation>CRM-Termin %1 wurde im CRM um %2 geändert, nach dieser Änderung (%3); die neuere CRM-Version bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="231"/>
        <source>updated CRM appointment %1</source>
        <translation>CRM-Termin %1 aktualisiert</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="245"/>
        <source>CRM appointment %1 is already deleted</source>
        <translation>CRM-Termin %1 ist bereits gelöscht</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="253"/>
        <source>deleted CRM appointment %1</source>
        <translation>CRM-Termin %1 gelöscht</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::FailedMessageQueue</name>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="322"/>
        <source>parked: a %1 error does not go away by retrying; fix the cause, then retry it</source>
        <translation>zurückgestellt: ein %1-Fehler verschwindet nicht durch Wiederholen; beheben Sie die Ursache und wiederholen Sie dann</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/queue/FailedMessageQueue.cpp" line="329"/>
        <source>parked after %n failed attempt(s)</source>
        <translation>
            <numerusform>nach %n fehlgeschlagenen Versuch zurückgestellt</numerusform>
            <numerusform>nach %n fehlgeschlagenen Versuchen zurückgestellt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="430"/>
        <source>a newer change of this item (%1) replaced the queued one (%2)</source>
        <translation>eine neuere Änderung dieses Elements (%1) hat die eingereihte (%2) ersetzt</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="479"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="585"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="629"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="693"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="784"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="829"/>
        <source>cannot start a journal transaction</source>
        <translation>eine Journaltransaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/queue/JournalSql.h" line="46"/>
        <source>cannot commit to the journal</source>
        <translation>das Journal kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="531"/>
        <source>the failed message could not be written to the journal (%1); it is kept in memory and written with the next failure or flush</source>
        <translation>die fehlgeschlagene Nachricht konnte nicht in das Journal geschrieben werden (%1); sie bleibt im Speicher und wird beim nächsten Fehler oder Leeren geschrieben</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="601"/>
        <source>failed message %1 is not waiting for a retry</source>
        <translation>die fehlgeschlagene Nachricht %1 wartet nicht auf eine Wiederholung</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="608"/>
        <source>failed message %1 does not exist</source>
        <translation>die fehlgeschlagene Nachricht %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="657"/>
        <source>failed message %1 is %2 (changed meanwhile); nothing was done</source>
        <translation>die fehlgeschlagene Nachricht %1 ist %2 (inzwischen geändert); es wurde nichts getan</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="720"/>
        <source>failed message %1 changed while it was retried; the newer state is kept</source>
        <translation>die fehlgeschlagene Nachricht %1 wurde während der Wiederholung geändert; der neuere Zustand bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="778"/>
        <source>failed message %1 is already resolved</source>
        <translation>die fehlgeschlagene Nachricht %1 ist bereits erledigt</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="780"/>
        <source>failed message %1 is being retried right now</source>
        <translation>die fehlgeschlagene Nachricht %1 wird gerade wiederholt</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="798"/>
        <source>failed message %1 cannot be retried: a newer change of the same item is queued</source>
        <translation>die fehlgeschlagene Nachricht %1 kann nicht wiederholt werden: eine neuere Änderung desselben Elements ist eingereiht</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="802"/>
        <source>retry requested by the administrator</source>
        <translation>Wiederholung vom Administrator angefordert</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="844"/>
        <source>retry of all matching messages requested by the administrator</source>
        <translation>Wiederholung aller passenden Nachrichten vom Administrator angefordert</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="1029"/>
        <source>there is no failed message %1</source>
        <translation>es gibt keine fehlgeschlagene Nachricht %1</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::Journal</name>
    <message>
        <location filename="../core/queue/JournalSql.h" line="54"/>
        <location filename="../core/queue/JournalSql.h" line="62"/>
        <source>journal query failed</source>
        <translation>Journalabfrage fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::QueueExport</name>
    <message>
        <location filename="../core/queue/QueueExport.cpp" line="132"/>
        <source>&apos;%1&apos;: failed messages are exported as .xml, .json or .csv; name the file accordingly</source>
        <translation>„%1“: fehlgeschlagene Nachrichten werden als .xml, .json oder .csv exportiert; benennen Sie die Datei entsprechend</translation>
    </message>
    <message>
        <location filename="../core/queue/QueueExport.cpp" line="275"/>
        <source>the XML export could not be written</source>
        <translation>der XML-Export konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/queue/QueueExport.cpp" line="298"/>
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
        <location filename="../core/queue/TransactionLog.cpp" line="142"/>
        <source>a transaction log entry needs an action and a result</source>
        <translation>ein Eintrag im Transaktionsprotokoll benötigt eine Aktion und ein Ergebnis</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="146"/>
        <source>&apos;%1&apos; is not a direction (crm_to_exchange or exchange_to_crm)</source>
        <translation>„%1“ ist keine Richtung (crm_to_exchange oder exchange_to_crm)</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="220"/>
        <source>the log retention must be at least one day</source>
        <translation>die Protokollaufbewahrung muss mindestens einen Tag betragen</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="237"/>
        <source>&apos;%1&apos;: the log is exported as .csv or .json; name the file accordingly</source>
        <translation>„%1“: das Protokoll wird als .csv oder .json exportiert; benennen Sie die Datei entsprechend</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="303"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
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
        <location filename="../core/sync/CalendarPlan.cpp" line="320"/>
        <source>an attendee&apos;s copy was removed</source>
        <translation>die Kopie eines Teilnehmers wurde entfernt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="324"/>
        <source>its communication is already being deleted</source>
        <translation>seine Kommunikation wird bereits gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="345"/>
        <source>deleted in Outlook, but changed in the CRM since: the CRM version is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="362"/>
        <source>deleted in Outlook, but changed in the CRM since: made again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="373"/>
        <source>deleted in Outlook</source>
        <translation>in Outlook gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="373"/>
        <source>its series was deleted in Outlook</source>
        <translation>seine Serie wurde in Outlook gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="384"/>
        <source>deleted in another Outlook calendar</source>
        <translation>in einem anderen Outlook-Kalender gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="403"/>
        <source>removed, never synchronized (or our own delete coming back)</source>
        <translation>entfernt, nie synchronisiert (oder unsere eigene Löschung kommt zurück)</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="412"/>
        <source>a series master: its occurrences are synchronized one by one</source>
        <translation>ein Serienmaster: seine Vorkommen werden einzeln synchronisiert</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="417"/>
        <source>cancelled before it was synchronized</source>
        <translation>abgesagt, bevor es synchronisiert wurde</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="421"/>
        <source>outside the sync window</source>
        <translation>außerhalb des Synchronisierungszeitraums</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="439"/>
        <source>the meeting was cancelled by its organizer</source>
        <translation>die Besprechung wurde vom Organisator abgesagt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="442"/>
        <source>an attendee&apos;s copy: Exchange keeps it in step with the organizer&apos;s item</source>
        <translation>die Kopie eines Teilnehmers: Exchange gleicht sie mit dem Element des Organisators ab</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="477"/>
        <source>deleted in the CRM, changed in Outlook: the Outlook version is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="492"/>
        <source>its CRM communication was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="504"/>
        <source>%1: CRM communication %2 is gone; the item is deleted.</source>
        <translation>%1: CRM-Kommunikation %2 existiert nicht mehr; das Element wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="522"/>
        <source>%1: CRM communication %2 is gone; the link is dropped.</source>
        <translation>%1: Die CRM-Kommunikation %2 ist nicht mehr vorhanden; die Verknüpfung wird entfernt.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="528"/>
        <source>its CRM communication is gone</source>
        <translation>seine CRM-Kommunikation existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="546"/>
        <source>attendee responses</source>
        <translation>Antworten der Teilnehmer</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="557"/>
        <source>echo of our own write</source>
        <translation>Echo unseres eigenen Schreibvorgangs</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="560"/>
        <source>nothing the CRM shows has changed</source>
        <translation>an den im CRM angezeigten Daten hat sich nichts geändert</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="573"/>
        <source>conflict: the CRM version is kept</source>
        <translation>Konflikt: die CRM-Version wird beibehalten</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="588"/>
        <source>cancelled in Outlook</source>
        <translation>in Outlook abgesagt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="588"/>
        <source>changed in Outlook</source>
        <translation>in Outlook geändert</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="602"/>
        <source>another attendee&apos;s copy of a synchronized meeting</source>
        <translation>die Kopie eines anderen Teilnehmers einer synchronisierten Besprechung</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="635"/>
        <source>created in Outlook</source>
        <translation>in Outlook erstellt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="658"/>
        <source>completes the CRM create of an Outlook item, whose answer was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="663"/>
        <source>&quot;%1&quot;: CRM communication %2 carries the Exchange id of another communication&apos;s meeting (a copy?); it is synchronized as an appointment of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="668"/>
        <source>&quot;%1&quot;: CRM communication %2 came from Exchange (Exchange id %3) but no synchronized Outlook item has it; it is not created in Outlook again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="705"/>
        <location filename="../core/sync/CalendarPlan.cpp" line="708"/>
        <source>cancelled in the CRM</source>
        <translation>im CRM abgesagt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="491"/>
        <location filename="../core/sync/CalendarPlan.cpp" line="514"/>
        <location filename="../core/sync/CalendarPlan.cpp" line="708"/>
        <source>deleted in the CRM</source>
        <translation>im CRM gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="241"/>
        <source>&quot;%1&quot;: a second item for CRM communication %2 in one mailbox; it is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="266"/>
        <source>our own create of a communication deleted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="286"/>
        <source>our own create, whose answer was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="742"/>
        <source>existing CRM appointment (first synchronization)</source>
        <translation>vorhandener CRM-Termin (erste Synchronisierung)</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="757"/>
        <source>created in the CRM</source>
        <translation>im CRM erstellt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="767"/>
        <source>&quot;%1&quot;: organized outside the synchronized mailboxes; CRM changes are not written to Exchange.</source>
        <translation>„%1“: außerhalb der synchronisierten Postfächer organisiert; CRM-Änderungen werden nicht nach Exchange geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="795"/>
        <source>CRM-only change</source>
        <translation>Änderung nur im CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlan.cpp" line="799"/>
        <source>changed in the CRM</source>
        <translation>im CRM geändert</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::CalendarSync</name>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="162"/>
        <source>No linked user &quot;%1&quot; (see cxsync users list).</source>
        <translation>Kein verknüpfter Benutzer „%1“ (siehe cxsync users list).</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="169"/>
        <source>Calendar synchronization needs Exchange Online (Graph); EWS is not available in this version.</source>
        <translation>Die Kalendersynchronisierung erfordert Exchange Online (Graph); EWS ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="189"/>
        <source>replaying an interrupted write</source>
        <translation>ein unterbrochener Schreibvorgang wird wiederholt</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="208"/>
        <source>reading Outlook changes</source>
        <translation>Outlook-Änderungen werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="243"/>
        <source>%1: reading the calendar failed: %2</source>
        <translation>%1: Lesen des Kalenders fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="246"/>
        <source>%1: the delta link expired; the next run reads the whole window again.</source>
        <translation>%1: Der Delta-Link ist abgelaufen; der nächste Durchlauf liest das ganze Zeitfenster erneut.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="268"/>
        <source>reading CRM changes</source>
        <translation>CRM-Änderungen werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="271"/>
        <source>Reading CRM changes failed: %1</source>
        <translation>Lesen der CRM-Änderungen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="476"/>
        <source>Changed in both the CRM and Outlook since the last sync; the %1 version is kept (%2).</source>
        <translation>Seit der letzten Synchronisierung sowohl im CRM als auch in Outlook geändert; die %1-Version wird beibehalten (%2).</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="478"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="478"/>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="660"/>
        <source>a newer change of the item was applied by a sync run</source>
        <translation>eine neuere Änderung des Elements wurde von einem Synchronisierungslauf angewendet</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="662"/>
        <source>the item was created after all (its answer was lost); a sync run linked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="667"/>
        <source>the CRM record was stored after all (its answer was lost); a sync run completed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="681"/>
        <source>%1 &quot;%2&quot; (%3): %4</source>
        <translation>%1 „%2“ (%3): %4</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="731"/>
        <source>%1: the Outlook change to &quot;%2&quot; was not applied; it stays staged.</source>
        <translation>%1: die Outlook-Änderung an &quot;%2&quot; wurde nicht angewendet; sie bleibt vorgemerkt.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="772"/>
        <source>Outlook: created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="772"/>
        <source>Outlook: creating failed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="775"/>
        <source>Outlook: updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="775"/>
        <source>Outlook: updating failed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="778"/>
        <source>Outlook: deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="778"/>
        <source>Outlook: deleting failed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="781"/>
        <source>Outlook: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="781"/>
        <source>Outlook: cancelling failed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="784"/>
        <source>CRM: created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="784"/>
        <source>CRM: creating failed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="787"/>
        <source>CRM: updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="787"/>
        <source>CRM: updating failed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="790"/>
        <source>CRM: deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="790"/>
        <source>CRM: deleting failed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="794"/>
        <source>linked</source>
        <translation type="unfinished">verknüpft</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="794"/>
        <source>linking failed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="797"/>
        <source>unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="797"/>
        <source>unlinking failed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="803"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="804"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="810"/>
        <source>Exchange %1 created, %2 updated, %3 deleted; CRM %4 created, %5 updated, %6 deleted</source>
        <translation>Exchange: %1 erstellt, %2 aktualisiert, %3 gelöscht; CRM: %4 erstellt, %5 aktualisiert, %6 gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="818"/>
        <source>planned (nothing written): %1</source>
        <translation>geplant (nichts geschrieben): %1</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="820"/>
        <source>%1 invitation(s), %2 cancellation(s)</source>
        <translation>%1 Einladung(en), %2 Absage(n)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="822"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="824"/>
        <source>%n failed (in the failed-message queue)</source>
        <translation>
            <numerusform>%n fehlgeschlagen (in der Warteschlange für fehlgeschlagene Nachrichten)</numerusform>
            <numerusform>%n fehlgeschlagen (in der Warteschlange für fehlgeschlagene Nachrichten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="826"/>
        <source>%n mailbox(es) kept by the safety stop</source>
        <translation>
            <numerusform>%n Postfach vom Sicherheitsstopp zurückgehalten</numerusform>
            <numerusform>%n Postfächer vom Sicherheitsstopp zurückgehalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="828"/>
        <source>stopped before the end</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="829"/>
        <source>%1 (%n mailbox(es), %2 ms)</source>
        <translation>
            <numerusform>%1 (%n Postfach, %2 ms)</numerusform>
            <numerusform>%1 (%n Postfächer, %2 ms)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxsync::sync::SyncActionRetrier</name>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="75"/>
        <source>the snapshot is not a calendar sync write</source>
        <translation>der Snapshot ist kein Schreibvorgang der Kalendersynchronisierung</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="78"/>
        <source>the snapshot has no action</source>
        <translation>der Snapshot enthält keine Aktion</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="87"/>
        <source>action.kind &apos;%1&apos; is not a known write</source>
        <translation>action.kind &apos;%1&apos; ist kein bekannter Schreibvorgang</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="93"/>
        <source>a %1 needs action.%2</source>
        <translation>für %1 wird action.%2 benötigt</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="195"/>
        <source>the stored change cannot be applied: %1</source>
        <translation>die gespeicherte Änderung kann nicht angewendet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="202"/>
        <source>CRM to Exchange synchronization is switched off</source>
        <translation>die Synchronisierung von CRM nach Exchange ist deaktiviert</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="207"/>
        <source>Exchange to CRM synchronization is switched off</source>
        <translation>die Synchronisierung von Exchange nach CRM ist deaktiviert</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="212"/>
        <source>Calendar synchronization needs Exchange Online (Graph).</source>
        <translation>Die Kalendersynchronisierung erfordert Exchange Online (Graph).</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="229"/>
        <source>CRM appointment %1 was deleted meanwhile; nothing is created in %2</source>
        <translation>CRM-Termin %1 wurde inzwischen gelöscht; in %2 wird nichts erstellt</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="243"/>
        <source>CRM appointment %1 is in the mailbox already; its Exchange id is recorded in the CRM</source>
        <translation>CRM-Termin %1 ist bereits im Postfach; seine Exchange-ID ist im CRM erfasst</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="249"/>
        <source>created &quot;%1&quot; in %2</source>
        <translation>&quot;%1&quot; in %2 erstellt</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="260"/>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="328"/>
        <source>CRM appointment %1 was deleted meanwhile; the update is dropped</source>
        <translation>CRM-Termin %1 wurde inzwischen gelöscht; die Aktualisierung wird verworfen</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="264"/>
        <source>CRM appointment %1 was changed again at %2; the newer version follows through the sync</source>
        <translation>CRM-Termin %1 wurde um %2 erneut geändert; die neuere Version wird über die Synchronisierung übernommen</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="271"/>
        <source>the Outlook item of CRM appointment %1 is no longer linked; the update is dropped</source>
        <translation>das Outlook-Element des CRM-Termins %1 ist nicht mehr verknüpft; die Aktualisierung wird verworfen</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="274"/>
        <source>updated &quot;%1&quot; in %2</source>
        <translation>&quot;%1&quot; in %2 aktualisiert</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="284"/>
        <source>the Outlook item is no longer linked (already removed)</source>
        <translation>das Outlook-Element ist nicht mehr verknüpft (bereits entfernt)</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="287"/>
        <source>cancelled &quot;%1&quot; in %2</source>
        <translation>&quot;%1&quot; in %2 abgesagt</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="288"/>
        <source>deleted &quot;%1&quot; from %2</source>
        <translation>&quot;%1&quot; aus %2 gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="354"/>
        <source>the Outlook item &quot;%1&quot; was deleted or cancelled meanwhile; nothing is created in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="379"/>
        <source>%1; CRM communication %2, which an earlier attempt had stored, is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="316"/>
        <source>created &quot;%1&quot; in the CRM</source>
        <translation>&quot;%1&quot; im CRM erstellt</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="334"/>
        <source>CRM appointment %1 was changed in the CRM at %2, after this change; the newer CRM version is kept</source>
        <translation>CRM-Termin %1 wurde um %2 im CRM geändert, nach dieser Änderung; die neuere CRM-Version wird beibehalten</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="337"/>
        <source>updated CRM appointment %1</source>
        <translation>CRM-Termin %1 aktualisiert</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="341"/>
        <source>deleted CRM appointment %1</source>
        <translation>CRM-Termin %1 gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="345"/>
        <source>journal link of &quot;%1&quot; recorded</source>
        <translation>Journal-Verknüpfung von &quot;%1&quot; erfasst</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::SyncJournal</name>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="37"/>
        <source>journal: %1: %2</source>
        <translation>Journal: %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="106"/>
        <location filename="../core/sync/SyncJournal.cpp" line="117"/>
        <location filename="../core/sync/SyncJournal.cpp" line="128"/>
        <source>reading item links</source>
        <translation>Lesen der Elementverknüpfungen</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="134"/>
        <location filename="../core/sync/SyncJournal.cpp" line="161"/>
        <source>saving an item link</source>
        <translation>Speichern einer Elementverknüpfung</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="173"/>
        <source>removing an item link</source>
        <translation>Entfernen einer Elementverknüpfung</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="183"/>
        <source>removing item links</source>
        <translation>Entfernen von Elementverknüpfungen</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="190"/>
        <location filename="../core/sync/SyncJournal.cpp" line="204"/>
        <location filename="../core/sync/SyncJournal.cpp" line="213"/>
        <source>staging Exchange changes</source>
        <translation>Vormerken von Exchange-Änderungen</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="224"/>
        <source>reading staged Exchange changes</source>
        <translation>Lesen vorgemerkter Exchange-Änderungen</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="243"/>
        <location filename="../core/sync/SyncJournal.cpp" line="249"/>
        <source>clearing staged Exchange changes</source>
        <translation>Löschen vorgemerkter Exchange-Änderungen</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="258"/>
        <location filename="../core/sync/SyncJournal.cpp" line="272"/>
        <location filename="../core/sync/SyncJournal.cpp" line="277"/>
        <source>recording an intended write</source>
        <translation>Aufzeichnen eines beabsichtigten Schreibvorgangs</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="293"/>
        <source>clearing a confirmed write</source>
        <translation>Löschen eines bestätigten Schreibvorgangs</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="302"/>
        <source>reading the outbox</source>
        <translation>Lesen des Postausgangs</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="325"/>
        <location filename="../core/sync/SyncJournal.cpp" line="348"/>
        <source>reading the CRM watermark</source>
        <translation>Lesen der CRM-Wasserstandsmarke</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="337"/>
        <source>journal: the stored CRM watermark is unreadable.</source>
        <translation>Journal: Die gespeicherte CRM-Wasserstandsmarke ist unlesbar.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="373"/>
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
        <location filename="../core/sync/SyncWriter.cpp" line="20"/>
        <source>Calendar synchronization needs Exchange Online (Graph); EWS is not available in this version.</source>
        <translation>Die Kalendersynchronisierung erfordert Exchange Online (Graph); EWS ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="291"/>
        <source>The Outlook item keeps changing while it is being removed; tried %1 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="299"/>
        <source>Cancelled in the CRM and changed in Outlook since the last sync; the %1 version is kept (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="301"/>
        <source>Deleted in the CRM and changed in Outlook since the last sync; the %1 version is kept (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="334"/>
        <source>This meeting was cancelled in the CRM.</source>
        <translation>Diese Besprechung wurde im CRM abgesagt.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="358"/>
        <source>cancelled in the CRM, changed in Outlook: the Outlook version is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="372"/>
        <source>deleted in the CRM, changed in Outlook: the Outlook version returns to the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="379"/>
        <source>Changed in both the CRM and Outlook since the last sync; the %1 version is kept (%2).</source>
        <translation>Seit der letzten Synchronisierung sowohl im CRM als auch in Outlook geändert; die %1-Version wird beibehalten (%2).</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="392"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="392"/>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
</context>
<context>
    <name>cxsync::users::MailboxAccessProbe</name>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="39"/>
        <source>the mailbox is inactive, soft-deleted or hosted on-premises</source>
        <translation>das Postfach ist inaktiv, vorläufig gelöscht oder lokal gehostet</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="42"/>
        <source>access denied: the app registration needs Calendars.ReadWrite with admin consent, and an application access policy must include this mailbox</source>
        <translation>Zugriff verweigert: Die App-Registrierung benötigt Calendars.ReadWrite mit Administratorzustimmung, und eine Anwendungszugriffsrichtlinie muss dieses Postfach einschließen</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="46"/>
        <source>there is no such mailbox</source>
        <translation>ein solches Postfach gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="49"/>
        <source>cannot read the calendar of %1: %2</source>
        <translation>der Kalender von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="50"/>
        <source>cannot read the calendar of %1: %2 (%3)</source>
        <translation>der Kalender von %1 kann nicht gelesen werden: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="59"/>
        <source>the calendar of %1 answered with something that is not a calendar view</source>
        <translation>der Kalender von %1 hat mit etwas geantwortet, das keine Kalenderansicht ist</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="64"/>
        <source>no appointments in the next 7 days</source>
        <translation>keine Termine in den nächsten 7 Tagen</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="66"/>
        <source>several appointments in the next 7 days, the first &quot;%1&quot;</source>
        <translation>mehrere Termine in den nächsten 7 Tagen, der erste „%1“</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="69"/>
        <source>one appointment in the next 7 days, &quot;%1&quot;</source>
        <translation>ein Termin in den nächsten 7 Tagen, „%1“</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="71"/>
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
        <location filename="../core/users/UserLinkStore.cpp" line="36"/>
        <source>journal: %1: %2</source>
        <translation>Journal: %1: %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="70"/>
        <source>reading user links</source>
        <translation>Lesen der Benutzerverknüpfungen</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="83"/>
        <source>reading the link of CRM user %1</source>
        <translation>Lesen der Verknüpfung des CRM-Benutzers %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="99"/>
        <source>its mailbox %1 was linked to %2</source>
        <translation>sein Postfach %1 wurde mit %2 verknüpft</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="105"/>
        <source>releasing mailbox %1</source>
        <translation>Freigeben des Postfachs %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="126"/>
        <source>writing the link of %1</source>
        <translation>Schreiben der Verknüpfung von %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="141"/>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="151"/>
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
        <location filename="../app/panel/main.cpp" line="39"/>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Fenster in eine PNG-Datei rendern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="43"/>
        <source>Start the Graph and Sage CRM sandboxes with sample data and open the panel on a profile for them.</source>
        <translation>Die Sandboxes für Graph und Sage CRM mit Beispieldaten starten und die Systemsteuerung mit einem Profil dafür öffnen.</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="79"/>
        <source>CRM Exchange Sync</source>
        <translation>CRM Exchange Sync</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="91"/>
        <source>Demo: Microsoft Graph sandbox at %1, Sage CRM sandbox at %2. The profile and its secrets are discarded when the panel closes.</source>
        <translation>Demo: Sandbox für Microsoft Graph unter %1, Sandbox für Sage CRM unter %2. Das Profil und seine Geheimnisse werden beim Schließen der Systemsteuerung verworfen.</translation>
    </message>
</context>
</TS>
