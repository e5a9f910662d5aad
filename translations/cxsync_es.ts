<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>GraphClientAssertion</name>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="147"/>
        <source>No client certificate file is set.</source>
        <translation>No se ha definido ningún archivo de certificado de cliente.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="152"/>
        <source>The client certificate file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo de certificado de cliente %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="155"/>
        <source>The client certificate file %1 is too large to be a certificate (%2 bytes).</source>
        <translation>El archivo de certificado de cliente %1 es demasiado grande para ser un certificado (%2 bytes).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="161"/>
        <source>The client certificate file %1 is empty.</source>
        <translation>El archivo de certificado de cliente %1 está vacío.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="185"/>
        <source>%1 contains no private key: the file must hold the certificate together with its private key (PEM with both, or a .pfx/.p12 file).</source>
        <translation>%1 no contiene ninguna clave privada: el archivo debe contener el certificado junto con su clave privada (PEM con ambos, o un archivo .pfx/.p12).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="196"/>
        <source>The private key in %1 is encrypted, but no certificate password is stored.</source>
        <translation>La clave privada de %1 está cifrada, pero no hay ninguna contraseña de certificado guardada.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="202"/>
        <source>The certificate password does not decrypt the private key in %1: check the stored certificate password.</source>
        <translation>La contraseña del certificado no descifra la clave privada de %1: compruebe la contraseña de certificado guardada.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="208"/>
        <source>The private key in %1 cannot be read (%2).</source>
        <translation>No se puede leer la clave privada de %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="215"/>
        <source>%1 is neither a PEM file nor a PKCS#12 (.pfx/.p12) file.</source>
        <translation>%1 no es ni un archivo PEM ni un archivo PKCS#12 (.pfx/.p12).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="226"/>
        <source>%1 is protected by a password, but no certificate password is stored.</source>
        <translation>%1 está protegido con contraseña, pero no hay ninguna contraseña de certificado guardada.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="229"/>
        <source>The certificate password does not open %1: check the stored certificate password.</source>
        <translation>La contraseña del certificado no abre %1: compruebe la contraseña de certificado guardada.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="261"/>
        <source>%1 cannot be decrypted (%2).</source>
        <translation>No se puede descifrar %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="265"/>
        <source>%1 contains no private key: export the certificate together with its private key.</source>
        <translation>%1 no contiene ninguna clave privada: exporte el certificado junto con su clave privada.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="273"/>
        <source>%1 contains no certificate, only a key: put the certificate and its private key in one file.</source>
        <translation>%1 no contiene ningún certificado, solo una clave: ponga el certificado y su clave privada en un mismo archivo.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="279"/>
        <source>The private key in %1 is not an RSA key: Microsoft Entra client assertions are signed with RS256, which needs an RSA certificate.</source>
        <translation>La clave privada de %1 no es una clave RSA: las aserciones de cliente de Microsoft Entra se firman con RS256, que requiere un certificado RSA.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="289"/>
        <source>The private key in %1 does not belong to its certificate (%2): the certificate and the key come from different key pairs.</source>
        <translation>La clave privada de %1 no pertenece a su certificado (%2): el certificado y la clave proceden de pares de claves distintos.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="303"/>
        <source>The certificate in %1 cannot be read.</source>
        <translation>No se puede leer el certificado de %1.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="320"/>
        <source>The client certificate in %1 (%2) expired on %3: create a new certificate, add it to the app registration and replace the file.</source>
        <translation>El certificado de cliente de %1 (%2) caducó el %3: cree un certificado nuevo, añádalo al registro de la aplicación y sustituya el archivo.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="327"/>
        <source>The client certificate in %1 (%2) is not valid before %3: check this computer&apos;s clock.</source>
        <translation>El certificado de cliente de %1 (%2) no es válido antes del %3: compruebe el reloj de este equipo.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphClientAssertion.cpp" line="373"/>
        <source>The private key in %1 could not sign the client assertion (%2).</source>
        <translation>La clave privada de %1 no pudo firmar la aserción de cliente (%2).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="34"/>
        <source>Graph answered %1 with a body that is not a JSON object (%2).</source>
        <translation>Graph respondió a %1 con un cuerpo que no es un objeto JSON (%2).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="21"/>
        <source>Could not %1 the Graph delta cursor: %2</source>
        <translation>No se pudo %1 el cursor delta de Graph: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="54"/>
        <source>read</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="98"/>
        <source>store</source>
        <translation>guardar</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="108"/>
        <source>clear</source>
        <translation>borrar</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphTokenProvider.cpp" line="61"/>
        <source>Sign-in to Microsoft Entra failed (%1): %2</source>
        <translation>Error al iniciar sesión en Microsoft Entra (%1): %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphTokenProvider.cpp" line="132"/>
        <source>The token endpoint answered without access_token/expires_in.</source>
        <translation>El punto de conexión de tokens respondió sin access_token/expires_in.</translation>
    </message>
</context>
<context>
    <name>cxsync::BoundedHttpServer</name>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="126"/>
        <source>more than %1 connections at once</source>
        <translation>más de %1 conexiones a la vez</translation>
    </message>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="162"/>
        <source>no request within %1 ms of connecting</source>
        <translation>ninguna solicitud en los %1 ms siguientes a la conexión</translation>
    </message>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="168"/>
        <source>the request&apos;s header fields did not arrive within %1 ms</source>
        <translation>los campos de encabezado de la solicitud no llegaron en %1 ms</translation>
    </message>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="171"/>
        <source>the request body did not arrive within %1 ms</source>
        <translation>el cuerpo de la solicitud no llegó en %1 ms</translation>
    </message>
    <message>
        <location filename="../core/hooks/BoundedHttpServer.cpp" line="221"/>
        <source>the client does not read the answers</source>
        <translation>el cliente no lee las respuestas</translation>
    </message>
</context>
<context>
    <name>cxsync::CheckCommand</name>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="164"/>
        <source>compare Exchange, the CRM and the journal&apos;s links for the linked users in
the sync window (read-only): orphans, duplicates, unlinked twins, field
drift; exit 0 when clean, 1 with findings</source>
        <translation>compara Exchange, el CRM y los vínculos del diario de los usuarios vinculados
en la ventana de sincronización (solo lectura): huérfanos, duplicados, gemelos
sin vincular, diferencias de campos; código de salida 0 si todo está bien, 1
con hallazgos</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="168"/>
        <source>Only this user (CRM logon or mailbox).</source>
        <translation>Solo este usuario (inicio de sesión de CRM o buzón).</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="176"/>
        <source>usage: cxsync check [--user USER] [--json]</source>
        <translation>uso: cxsync check [--user USER] [--json]</translation>
    </message>
</context>
<context>
    <name>cxsync::Cli</name>
    <message>
        <location filename="../cli/Cli.cpp" line="119"/>
        <source>%1; see cxsync help</source>
        <translation>%1; consulte cxsync help</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="120"/>
        <source>unknown option &apos;%1&apos;; see cxsync help</source>
        <translation>opción desconocida «%1»; consulte cxsync help</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="134"/>
        <source>unknown command &apos;%1&apos;; see cxsync help</source>
        <translation>comando desconocido «%1»; consulte cxsync help</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="152"/>
        <source>%1; see cxsync help %2</source>
        <translation>%1; consulte cxsync help %2</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="154"/>
        <source>unknown option &apos;%1&apos; for &apos;cxsync %2&apos;; see cxsync help %2</source>
        <translation>opción desconocida «%1» para «cxsync %2»; consulte cxsync help %2</translation>
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
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="143"/>
        <source>from systemd credential %1</source>
        <translation>desde la credencial de systemd %1</translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="145"/>
        <source>from systemd credentials</source>
        <translation>desde las credenciales de systemd</translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="156"/>
        <location filename="../cli/CliContext.cpp" line="158"/>
        <source>from --secrets-file</source>
        <translation>desde --secrets-file</translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="163"/>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <location filename="../cli/CliContext.cpp" line="171"/>
        <location filename="../cli/CliContext.cpp" line="173"/>
        <source>from standard input</source>
        <translation>desde la entrada estándar</translation>
    </message>
</context>
<context>
    <name>cxsync::Command</name>
    <message>
        <location filename="../cli/Command.cpp" line="95"/>
        <source>the command &apos;%1&apos; cannot be run</source>
        <translation>no se puede ejecutar el comando «%1»</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="109"/>
        <source>Usage: cxsync %1</source>
        <translation>Uso: cxsync %1</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="112"/>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="114"/>
        <source>Usage: cxsync %1 SUBCOMMAND</source>
        <translation>Uso: cxsync %1 SUBCOMMAND</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="122"/>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="147"/>
        <source>(default: %1)</source>
        <translation>(predeterminado: %1)</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="155"/>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="160"/>
        <source>Machine-readable output (JSON).</source>
        <translation>Salida legible por máquina (JSON).</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="170"/>
        <source>Show what would change; write nothing.</source>
        <translation>Muestra lo que cambiaría; no escribe nada.</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="182"/>
        <source>Only from this date (2026-01-31, local midnight) or time (2026-01-31T14:00, with Z or an offset for UTC).</source>
        <translation>Solo desde esta fecha (2026-01-31, medianoche local) o esta hora (2026-01-31T14:00, con Z o un desfase para UTC).</translation>
    </message>
    <message>
        <location filename="../cli/Command.cpp" line="191"/>
        <source>Only messages in these states, comma-separated: waiting, retrying, parked, resolved, discarded.</source>
        <translation>Solo los mensajes en estos estados, separados por comas: waiting, retrying, parked, resolved, discarded.</translation>
    </message>
</context>
<context>
    <name>cxsync::ConfigCommand</name>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="31"/>
        <source>read, change, check, import and export the profile&apos;s settings</source>
        <translation>leer, cambiar, comprobar, importar y exportar la configuración del perfil</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="59"/>
        <source>print every setting (secrets are never shown)</source>
        <translation>muestra cada ajuste (los secretos nunca se muestran)</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="63"/>
        <source>set one setting; the value is checked first</source>
        <translation>define un ajuste; el valor se comprueba antes</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="66"/>
        <source>check the whole configuration; exit 2 if invalid</source>
        <translation>comprueba toda la configuración; código de salida 2 si no es válida</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="69"/>
        <source>read settings from an INI file; all or nothing</source>
        <translation>lee la configuración de un archivo INI; todo o nada</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="72"/>
        <source>write the settings (never secrets) to an INI file</source>
        <translation>escribe la configuración (nunca los secretos) en un archivo INI</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="75"/>
        <source>remove an additional Exchange server and its stored secrets</source>
        <translation>elimina un servidor Exchange adicional y sus secretos guardados</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="84"/>
        <source>usage: cxsync config %1</source>
        <translation>uso: cxsync config %1</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="91"/>
        <source>config needs a subcommand: show, set, validate, import, export or remove-server</source>
        <translation>config necesita un subcomando: show, set, validate, import, export o remove-server</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="124"/>
        <source>settings: %1</source>
        <translation>configuración: %1</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="128"/>
        <source>policy (%1): read-only</source>
        <translation>directiva (%1): solo lectura</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="130"/>
        <location filename="../cli/ConfigCommand.cpp" line="141"/>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="134"/>
        <source>additional Exchange server %1</source>
        <translation>servidor Exchange adicional %1</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="159"/>
        <source>configuration is valid: %1</source>
        <translation>la configuración es válida: %1</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="173"/>
        <source>cannot read &apos;%1&apos;: no such file.</source>
        <translation>no se puede leer «%1»: el archivo no existe.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="175"/>
        <source>cannot read &apos;%1&apos;: it is not a regular file.</source>
        <translation>no se puede leer «%1»: no es un archivo normal.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="178"/>
        <source>&apos;%1&apos; is larger than 1 MiB; a settings file is a few kilobytes.</source>
        <translation>«%1» supera 1 MiB; un archivo de configuración ocupa unos pocos kilobytes.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="181"/>
        <source>&apos;%1&apos; is not a valid INI file.</source>
        <translation>«%1» no es un archivo INI válido.</translation>
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
        <translation>%1: los secretos no se importan desde archivos; use `cxsync secret set`.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="213"/>
        <source>&apos;%1&apos; holds no settings.</source>
        <translation>«%1» no contiene ningún ajuste.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="228"/>
        <source>the primary</source>
        <translation>el principal</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="241"/>
        <source>%1: Exchange server %2 would be %3, like %4: each server or tenant may be configured once.</source>
        <translation>%1: el servidor Exchange %2 sería %3, como %4: cada servidor o inquilino solo puede configurarse una vez.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="246"/>
        <source>Exchange server %1</source>
        <translation>servidor Exchange %1</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="260"/>
        <source>nothing was imported.</source>
        <translation>no se importó nada.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="263"/>
        <source>imported %1 settings from %2</source>
        <translation>%1 ajustes importados desde %2</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="265"/>
        <source>not imported: %1 is managed by policy (%2); the policy&apos;s value applies.</source>
        <translation>no importado: %1 está gestionado por una directiva (%2); se aplica el valor de la directiva.</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="298"/>
        <location filename="../cli/ConfigCommand.cpp" line="304"/>
        <source>cannot write &apos;%1&apos;.</source>
        <translation>no se puede escribir «%1».</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="306"/>
        <source>exported settings to %1 (secrets are not exported)</source>
        <translation>configuración exportada a %1 (los secretos no se exportan)</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="309"/>
        <source>unknown config subcommand &apos;%1&apos;; see cxsync help config</source>
        <translation>subcomando de config desconocido «%1»; consulte cxsync help config</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="315"/>
        <source>usage: cxsync config remove-server NAME</source>
        <translation>uso: cxsync config remove-server NAME</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="326"/>
        <source>there is no additional Exchange server &apos;%1&apos; in %2</source>
        <translation>no hay ningún servidor Exchange adicional «%1» en %2</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="339"/>
        <source>Exchange server %1 removed from %2</source>
        <translation>servidor Exchange %1 eliminado de %2</translation>
    </message>
    <message>
        <location filename="../cli/ConfigCommand.cpp" line="344"/>
        <source>a stored password of Exchange server %1 was not deleted: %2 (delete it from the %3 by hand)</source>
        <translation>no se eliminó una contraseña guardada del servidor Exchange %1: %2 (elimínela a mano del %3)</translation>
    </message>
</context>
<context>
    <name>cxsync::ConfigMigration</name>
    <message>
        <location filename="../core/config/ConfigMigration.cpp" line="24"/>
        <location filename="../core/config/ConfigMigration.cpp" line="46"/>
        <source>%1 is &apos;%2&apos;, not a version number.</source>
        <translation>%1 es «%2», no un número de versión.</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigMigration.cpp" line="29"/>
        <source>configVersion %1 is newer than this version understands (%2); import it with the version that wrote it.</source>
        <translation>configVersion %1 es más reciente de lo que entiende esta versión (%2); impórtela con la versión que la escribió.</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigMigration.cpp" line="52"/>
        <source>the configuration was written by a newer version of CRM Exchange Sync (config version %1; this program understands up to %2).</source>
        <translation>la configuración la escribió una versión más reciente de CRM Exchange Sync (versión de configuración %1; este programa entiende hasta la %2).</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigMigration.cpp" line="69"/>
        <source>cannot write the migrated configuration to &apos;%1&apos;.</source>
        <translation>no se puede escribir la configuración migrada en «%1».</translation>
    </message>
</context>
<context>
    <name>cxsync::ConnectionHints</name>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="42"/>
        <source>The settings are incomplete or invalid: %1.</source>
        <translation>La configuración está incompleta o no es válida: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="43"/>
        <source>Correct the settings and save them.</source>
        <translation>Corrija la configuración y guárdela.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="44"/>
        <source>Correct the field &apos;%1&apos; and save.</source>
        <translation>Corrija el campo «%1» y guarde.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="50"/>
        <source>Enter the password or secret in the control panel and save, or store it with &apos;cxsync secret set NAME&apos; (read from standard input).</source>
        <translation>Introduzca la contraseña o el secreto en el panel de control y guarde, o guárdelo con «cxsync secret set NAME» (se lee de la entrada estándar).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="56"/>
        <source>The name %1 does not resolve: %2.</source>
        <translation>El nombre %1 no se resuelve: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="57"/>
        <source>Check the spelling of the server name and this machine&apos;s DNS settings; an on-premises server may only be known by its internal DNS name.</source>
        <translation>Compruebe la ortografía del nombre del servidor y la configuración DNS de esta máquina; un servidor local puede conocerse solo por su nombre DNS interno.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="63"/>
        <source>%1 cannot be reached: %2.</source>
        <translation>No se puede acceder a %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="64"/>
        <source>Check that the server is running and the port is right, and that no firewall or proxy blocks connections from this machine.</source>
        <translation>Compruebe que el servidor está en marcha y que el puerto es correcto, y que ningún cortafuegos ni proxy bloquea las conexiones desde esta máquina.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="70"/>
        <source>The TLS certificate of %1 is not trusted: %2.</source>
        <translation>El certificado TLS de %1 no es de confianza: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="71"/>
        <source>Install the issuing CA&apos;s certificate in this machine&apos;s trust store, or give the server a certificate from a trusted CA whose name matches the host name and that has not expired. Certificate checks are never switched off.</source>
        <translation>Instale el certificado de la entidad emisora en el almacén de confianza de esta máquina, o dé al servidor un certificado de una entidad de confianza cuyo nombre coincida con el nombre de host y que no haya caducado. Las comprobaciones de certificados nunca se desactivan.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="79"/>
        <source>This machine&apos;s clock is %1 seconds %2 %3&apos;s clock.</source>
        <translation>El reloj de esta máquina va %1 segundos %2 el reloj de %3.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="81"/>
        <source>behind</source>
        <translation>por detrás de</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="81"/>
        <source>ahead of</source>
        <translation>por delante de</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="82"/>
        <source>Synchronize the clock with a time server (Windows: w32tm /resync; Linux: timedatectl set-ntp true). Sign-in and change tracking fail when clocks differ by minutes.</source>
        <translation>Sincronice el reloj con un servidor de hora (Windows: w32tm /resync; Linux: timedatectl set-ntp true). El inicio de sesión y el seguimiento de cambios fallan cuando los relojes difieren en minutos.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="89"/>
        <source>The CRM lacks the fields the synchronization keeps its links in: %1.</source>
        <translation>Al CRM le faltan los campos en los que la sincronización guarda sus vínculos: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="91"/>
        <source>Add them in CRM Administration &gt; Customization as text fields (Users: User_ExchangeServer and User_ExchangeUserId; Communication: Comm_ExchangeId and Comm_ExchangeResponses), then run Test Connection again.</source>
        <translation>Añádalos como campos de texto en CRM Administration &gt; Customization (Users: User_ExchangeServer y User_ExchangeUserId; Communication: Comm_ExchangeId y Comm_ExchangeResponses) y vuelva a ejecutar Probar conexión.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="100"/>
        <source>The CRM&apos;s metadata could not show whether it has %1.</source>
        <translation>Los metadatos del CRM no permitieron saber si tiene %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="101"/>
        <source>Check in CRM Administration &gt; Customization that they exist as text fields; synchronization goes on, and if one is missing the first write that needs it fails naming it.</source>
        <translation>Compruebe en CRM Administration &gt; Customization que existen como campos de texto; la sincronización continúa y, si falta alguno, la primera escritura que lo necesite fallará indicándolo.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="108"/>
        <source>The CRM Exchange Sync service is not running on this machine (nothing listens on %1).</source>
        <translation>El servicio CRM Exchange Sync no se está ejecutando en esta máquina (nada escucha en %1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="110"/>
        <source>Start it: &apos;cxsync serve&apos;, or its systemd unit or Windows service (the Service tab shows whether it runs); then run Test Connection again to check the public URL.</source>
        <translation>Inícielo: «cxsync serve», o su unidad de systemd o su servicio de Windows (la pestaña Servicio indica si se está ejecutando); después vuelva a ejecutar Probar conexión para comprobar la URL pública.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="120"/>
        <source>The service runs on this machine (it listens on %1), but the public URL %2 does not reach it: %3.</source>
        <translation>El servicio se ejecuta en esta máquina (escucha en %1), pero la URL pública %2 no llega a él: %3.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="123"/>
        <source>Make sure the public URL (or the reverse proxy in front of it) forwards to %1, and that no firewall blocks it.</source>
        <translation>Asegúrese de que la URL pública (o el proxy inverso situado delante) reenvía a %1 y de que ningún cortafuegos la bloquea.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="127"/>
        <source>Nothing answers the notification handshake at %1: %2.</source>
        <translation>Nada responde al protocolo de enlace de notificaciones en %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="128"/>
        <source>Start the CRM Exchange Sync service on this machine, and make sure the public URL (or the reverse proxy in front of it) forwards to the listener&apos;s bind address and port.</source>
        <translation>Inicie el servicio CRM Exchange Sync en esta máquina y asegúrese de que la URL pública (o el proxy inverso situado delante) reenvía a la dirección y el puerto de escucha del receptor.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="135"/>
        <source>Something answers at %1, but not the notification listener: %2.</source>
        <translation>Algo responde en %1, pero no el receptor de notificaciones: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="136"/>
        <source>Point the reverse proxy at the listener&apos;s bind address and port, and the public URL at the proxy.</source>
        <translation>Dirija el proxy inverso a la dirección y el puerto de escucha del receptor, y la URL pública al proxy.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="142"/>
        <source>no application permissions at all</source>
        <translation>ningún permiso de aplicación</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="145"/>
        <source>The app registration lacks admin-consented application permission %1 (its token carries %2).</source>
        <translation>Al registro de la aplicación le falta el permiso de aplicación %1 con consentimiento de administrador (su token incluye %2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="147"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="148"/>
        <source>In the Microsoft Entra admin center open App registrations &gt; the app &gt; API permissions, add the Microsoft Graph application permissions Calendars.ReadWrite and User.Read.All, and select &apos;Grant admin consent&apos;.</source>
        <translation>En el Centro de administración de Microsoft Entra, abra Registros de aplicaciones &gt; la aplicación &gt; Permisos de API, añada los permisos de aplicación de Microsoft Graph Calendars.ReadWrite y User.Read.All y seleccione «Conceder consentimiento de administrador».</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="156"/>
        <source>The CRM rejected the logon &apos;%1&apos;: wrong user name or password.</source>
        <translation>El CRM rechazó el inicio de sesión «%1»: nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="157"/>
        <source>Check CRM User For Synchronization and enter its password again: it is the user&apos;s CRM logon, as used in the CRM web client.</source>
        <translation>Compruebe el campo «Usuario de CRM para la sincronización» y vuelva a introducir su contraseña: es el inicio de sesión de CRM del usuario, tal como se usa en el cliente web del CRM.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="161"/>
        <source>The CRM user &apos;%1&apos; is disabled.</source>
        <translation>El usuario de CRM «%1» está deshabilitado.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="162"/>
        <source>In CRM Administration &gt; Users, open the user and clear Disabled, or choose another user for synchronization.</source>
        <translation>En CRM Administration &gt; Users, abra el usuario y desmarque Disabled, o elija otro usuario para la sincronización.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="166"/>
        <source>The CRM user &apos;%1&apos; is a resource, and resources cannot log on.</source>
        <translation>El usuario de CRM «%1» es un recurso, y los recursos no pueden iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="167"/>
        <source>Use a full CRM user for synchronization, ideally a dedicated one with administrator rights.</source>
        <translation>Use un usuario de CRM completo para la sincronización, idealmente uno dedicado con derechos de administrador.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="171"/>
        <source>The CRM user &apos;%1&apos; may not log on through the API: External Logon Allowed is not set.</source>
        <translation>El usuario de CRM «%1» no puede iniciar sesión a través de la API: External Logon Allowed no está activado.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="174"/>
        <source>In CRM Administration &gt; Users, open the user, tick External Logon Allowed and save.</source>
        <translation>En CRM Administration &gt; Users, abra el usuario, marque External Logon Allowed y guarde.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="177"/>
        <source>The CRM accepted the password of &apos;%1&apos; but refused API access.</source>
        <translation>El CRM aceptó la contraseña de «%1», pero rechazó el acceso a la API.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="178"/>
        <source>In CRM Administration &gt; Users, make sure the user is not disabled, is not a resource and has External Logon Allowed ticked.</source>
        <translation>En CRM Administration &gt; Users, asegúrese de que el usuario no está deshabilitado, no es un recurso y tiene marcado External Logon Allowed.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="181"/>
        <source>The CRM</source>
        <translation>El CRM</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="189"/>
        <source>The client certificate cannot be used: %1</source>
        <translation>No se puede usar el certificado de cliente: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="191"/>
        <source>Select the certificate file that holds both the certificate and its private key (PEM or PFX); renew an expired certificate and upload its public part to the app registration.</source>
        <translation>Seleccione el archivo de certificado que contiene tanto el certificado como su clave privada (PEM o PFX); renueve un certificado caducado y suba su parte pública al registro de la aplicación.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="194"/>
        <source>Enter the certificate file&apos;s password again (Certificate Password).</source>
        <translation>Vuelva a introducir la contraseña del archivo de certificado (Contraseña del certificado).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="196"/>
        <source>Microsoft Entra does not know the tenant &apos;%1&apos; (%2).</source>
        <translation>Microsoft Entra no conoce el inquilino «%1» (%2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="197"/>
        <source>Copy the Directory (tenant) ID from the Microsoft Entra admin center &gt; Overview, or use one of the tenant&apos;s verified domain names.</source>
        <translation>Copie el Id. de directorio (inquilino) desde el Centro de administración de Microsoft Entra &gt; Información general, o use uno de los nombres de dominio comprobados del inquilino.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="201"/>
        <source>The tenant has no application with the client id &apos;%1&apos; (%2).</source>
        <translation>El inquilino no tiene ninguna aplicación con el Id. de cliente «%1» (%2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="202"/>
        <source>Copy the Application (client) ID from App registrations &gt; the app &gt; Overview, and check that the app is registered in this tenant.</source>
        <translation>Copie el Id. de aplicación (cliente) desde Registros de aplicaciones &gt; la aplicación &gt; Información general y compruebe que la aplicación está registrada en este inquilino.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="205"/>
        <source>Microsoft Entra refused the client secret (%1).</source>
        <translation>Microsoft Entra rechazó el secreto de cliente (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="206"/>
        <source>Enter the secret&apos;s Value, not its Secret ID. If the value is lost, create a new client secret under App registrations &gt; the app &gt; Certificates &amp; secrets.</source>
        <translation>Introduzca el valor del secreto, no su Id. de secreto. Si se ha perdido el valor, cree un secreto de cliente nuevo en Registros de aplicaciones &gt; la aplicación &gt; Certificados y secretos.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="209"/>
        <source>The client secret has expired (%1).</source>
        <translation>El secreto de cliente ha caducado (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="210"/>
        <source>Create a new client secret under App registrations &gt; the app &gt; Certificates &amp; secrets, enter its value here, and note when it expires.</source>
        <translation>Cree un secreto de cliente nuevo en Registros de aplicaciones &gt; la aplicación &gt; Certificados y secretos, introduzca aquí su valor y anote cuándo caduca.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="214"/>
        <source>Microsoft Entra could not verify the certificate&apos;s signature (%1).</source>
        <translation>Microsoft Entra no pudo comprobar la firma del certificado (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="215"/>
        <source>Upload the certificate&apos;s public part (.cer) under App registrations &gt; the app &gt; Certificates &amp; secrets, or select the certificate that is registered there.</source>
        <translation>Suba la parte pública del certificado (.cer) en Registros de aplicaciones &gt; la aplicación &gt; Certificados y secretos, o seleccione el certificado registrado allí.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="219"/>
        <source>The signed sign-in request is outside its valid time range (%1).</source>
        <translation>La solicitud de inicio de sesión firmada está fuera de su intervalo de validez (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="220"/>
        <source>Synchronize this machine&apos;s clock with a time server (Windows: w32tm /resync; Linux: timedatectl set-ntp true).</source>
        <translation>Sincronice el reloj de esta máquina con un servidor de hora (Windows: w32tm /resync; Linux: timedatectl set-ntp true).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="223"/>
        <source>Microsoft Entra refused the sign-in: %1</source>
        <translation>Microsoft Entra rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="224"/>
        <source>Look the code up in Microsoft&apos;s AADSTS error reference; check tenant, client id and credential.</source>
        <translation>Busque el código en la referencia de errores AADSTS de Microsoft; compruebe el inquilino, el Id. de cliente y la credencial.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="226"/>
        <source>The Microsoft Entra sign-in endpoint</source>
        <translation>El punto de conexión de inicio de sesión de Microsoft Entra</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="235"/>
        <source>An Exchange Online application access policy keeps the app away from the mailbox &apos;%1&apos;.</source>
        <translation>Una directiva de acceso a aplicaciones de Exchange Online impide a la aplicación acceder al buzón «%1».</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="238"/>
        <source>Add the mailbox to the mail-enabled security group the policy is scoped to, or change the policy (Exchange Online PowerShell: Get-ApplicationAccessPolicy, Test-ApplicationAccessPolicy -Identity &lt;mailbox&gt; -AppId &lt;client id&gt;). Changes take a while to apply.</source>
        <translation>Añada el buzón al grupo de seguridad habilitado para correo al que se limita la directiva, o cambie la directiva (Exchange Online PowerShell: Get-ApplicationAccessPolicy, Test-ApplicationAccessPolicy -Identity &lt;mailbox&gt; -AppId &lt;client id&gt;). Los cambios tardan un tiempo en aplicarse.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="247"/>
        <source>The mailbox &apos;%1&apos; is inactive, soft-deleted, unlicensed or hosted on-premises.</source>
        <translation>El buzón «%1» está inactivo, eliminado temporalmente, sin licencia o alojado de forma local.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="248"/>
        <source>Assign the user an Exchange Online licence, or choose a mailbox in Exchange Online (mailboxes on premises are reached over EWS).</source>
        <translation>Asigne al usuario una licencia de Exchange Online o elija un buzón de Exchange Online (a los buzones locales se accede mediante EWS).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="252"/>
        <source>Exchange has no mailbox &apos;%1&apos;.</source>
        <translation>Exchange no tiene ningún buzón «%1».</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="253"/>
        <source>Check the address: use the mailbox&apos;s primary SMTP address or the user&apos;s principal name in this tenant.</source>
        <translation>Compruebe la dirección: use la dirección SMTP principal del buzón o el nombre principal del usuario en este inquilino.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="255"/>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="261"/>
        <source>%1 is throttling requests: %2</source>
        <translation>%1 está limitando las solicitudes: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="262"/>
        <source>Wait a few minutes and test again; if it persists, another program may be using the same account or app registration heavily.</source>
        <translation>Espere unos minutos y vuelva a probar; si persiste, puede que otro programa esté usando intensamente la misma cuenta o el mismo registro de aplicación.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="268"/>
        <source>%1 did not answer in time: %2</source>
        <translation>%1 no respondió a tiempo: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="269"/>
        <source>Check the network path (firewalls that drop packets, proxies) and the server&apos;s load.</source>
        <translation>Compruebe la ruta de red (cortafuegos que descartan paquetes, proxies) y la carga del servidor.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="273"/>
        <source>%1 answered: %2</source>
        <translation>%1 respondió: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionHints.cpp" line="274"/>
        <source>Test again; if it persists, turn on Diagnostic Mode and read the trace in the log.</source>
        <translation>Vuelva a probar; si persiste, active el Modo de diagnóstico y lea el seguimiento en el registro.</translation>
    </message>
</context>
<context>
    <name>cxsync::ConnectionTest</name>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="114"/>
        <source>Settings are complete and valid</source>
        <translation>La configuración está completa y es válida</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="116"/>
        <source>EWS URL (setting or Autodiscover)</source>
        <translation>URL de EWS (ajuste o Autodiscover)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="118"/>
        <source>Server names resolve</source>
        <translation>Los nombres de servidor se resuelven</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="120"/>
        <source>Servers accept connections</source>
        <translation>Los servidores aceptan conexiones</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="122"/>
        <source>TLS handshake and certificates</source>
        <translation>Negociación TLS y certificados</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="124"/>
        <source>CRM logon</source>
        <translation>Inicio de sesión en el CRM</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="126"/>
        <source>CRM user may log on externally</source>
        <translation>El usuario de CRM puede iniciar sesión externamente</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="128"/>
        <source>CRM custom fields present</source>
        <translation>Campos personalizados del CRM presentes</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="130"/>
        <source>CRM REST API level</source>
        <translation>Nivel de la API REST del CRM</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="132"/>
        <source>Microsoft Entra token obtained</source>
        <translation>Token de Microsoft Entra obtenido</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="134"/>
        <source>Permission to read users</source>
        <translation>Permiso para leer usuarios</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="136"/>
        <source>Permission to read and write the test mailbox&apos;s calendar</source>
        <translation>Permiso para leer y escribir el calendario del buzón de prueba</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="138"/>
        <source>Additional Exchange servers reachable</source>
        <translation>Servidores Exchange adicionales accesibles</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="140"/>
        <source>Application limited to its mailboxes (least privilege)</source>
        <translation>Aplicación limitada a sus buzones (privilegio mínimo)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="142"/>
        <source>Clocks agree</source>
        <translation>Los relojes coinciden</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="144"/>
        <source>Notification listener reachable</source>
        <translation>Receptor de notificaciones accesible</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="205"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="250"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="209"/>
        <source>Skipped: the settings are not usable.</source>
        <translation>Omitido: la configuración no es utilizable.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="298"/>
        <source>Make sure the keychain (Secret Service) is running and unlocked, or hand the secrets in with --secrets-file.</source>
        <translation>Asegúrese de que el llavero (Secret Service) está en marcha y desbloqueado, o entregue los secretos con --secrets-file.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="322"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="324"/>
        <source>Microsoft Entra sign-in</source>
        <translation>Inicio de sesión en Microsoft Entra</translation>
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
        <translation>Inicio de sesión en Microsoft Entra (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="334"/>
        <source>Microsoft Graph (%1)</source>
        <translation>Microsoft Graph (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="340"/>
        <source>Settings valid; secrets found; servers: %1</source>
        <translation>Configuración válida; secretos encontrados; servidores: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="422"/>
        <source>Not used: Exchange Online (Microsoft Graph).</source>
        <translation>No se usa: Exchange Online (Microsoft Graph).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="433"/>
        <source>%1 Using %2; if that is not the EWS address, enter it as EWS URL.</source>
        <translation>%1 Se usa %2; si no es la dirección de EWS, introdúzcala como URL de EWS.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="437"/>
        <source>EWS URL from the settings: %1</source>
        <translation>URL de EWS de la configuración: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="440"/>
        <source>Autodiscover found %1 for %2 (answered by %3).</source>
        <translation>Autodiscover encontró %1 para %2 (respondió %3).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="459"/>
        <source>%1 is an address</source>
        <translation>%1 es una dirección</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="471"/>
        <source>no addresses</source>
        <translation>ninguna dirección</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="487"/>
        <source>no answer from DNS within %1 s</source>
        <translation>sin respuesta del DNS en %1 s</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="514"/>
        <source>connected to %1</source>
        <translation>conectado a %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="522"/>
        <source>no answer within %1 s (a firewall may be dropping the connection)</source>
        <translation>sin respuesta en %1 s (puede que un cortafuegos esté descartando la conexión)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="539"/>
        <source>plain HTTP on loopback, no TLS</source>
        <translation>HTTP simple en la interfaz de bucle invertido, sin TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="572"/>
        <source>the certificate&apos;s SHA-256 fingerprint %1 is not the pinned one</source>
        <translation>la huella SHA-256 %1 del certificado no es la fijada</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="577"/>
        <source>%1, certificate for %2 issued by %3, valid until %4</source>
        <translation>%1, certificado para %2 emitido por %3, válido hasta %4</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="595"/>
        <source>no TLS handshake within %1 s</source>
        <translation>sin negociación TLS en %1 s</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="607"/>
        <source>Skipped: the CRM server cannot be reached.</source>
        <translation>Omitido: no se puede acceder al servidor CRM.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="620"/>
        <source>Logged on as &apos;%1&apos; (%2 %3).</source>
        <translation>Sesión iniciada como «%1» (%2 %3).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="625"/>
        <source>The CRM accepted the logon &apos;%1&apos;.</source>
        <translation>El CRM aceptó el inicio de sesión «%1».</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="639"/>
        <source>Skipped: no CRM logon.</source>
        <translation>Omitido: sin inicio de sesión en el CRM.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="652"/>
        <source>&apos;%1&apos; may use the CRM&apos;s REST API.</source>
        <translation>«%1» puede usar la API REST del CRM.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="660"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="699"/>
        <source>Skipped: no CRM access.</source>
        <translation>Omitido: sin acceso al CRM.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="672"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="711"/>
        <source>The CRM</source>
        <translation>El CRM</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="675"/>
        <source>Missing: %1</source>
        <translation>Faltan: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="679"/>
        <source>Could not confirm: %1 (%2).</source>
        <translation>No se pudo confirmar: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="685"/>
        <source>User_ExchangeServer, User_ExchangeUserId, Comm_ExchangeId and Comm_ExchangeResponses are present.</source>
        <translation>User_ExchangeServer, User_ExchangeUserId, Comm_ExchangeId y Comm_ExchangeResponses están presentes.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="690"/>
        <source>Checked on records: %1.</source>
        <translation>Comprobado en los registros: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="733"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="867"/>
        <source>The Exchange server</source>
        <translation>El servidor Exchange</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="740"/>
        <source>The Exchange server did not answer within %1 ms (timed out).</source>
        <translation>El servidor Exchange no respondió en %1 ms (tiempo agotado).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="747"/>
        <source>Not used: the Exchange server is on premises (EWS).</source>
        <translation>No se usa: el servidor Exchange es local (EWS).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="751"/>
        <source>Skipped: the sign-in endpoint cannot be reached.</source>
        <translation>Omitido: no se puede acceder al punto de conexión de inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="770"/>
        <source>Token obtained; it carries no application permissions (admin consent missing?).</source>
        <translation>Token obtenido; no incluye ningún permiso de aplicación (¿falta el consentimiento de administrador?).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="771"/>
        <source>Token obtained; application permissions: %1.</source>
        <translation>Token obtenido; permisos de aplicación: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="786"/>
        <source>No Exchange Account to look up in the directory.</source>
        <translation>No hay ninguna Cuenta de Exchange que buscar en el directorio.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="804"/>
        <source>The directory does not resolve %1 (ResolveNames found no mailbox).</source>
        <translation>El directorio no resuelve %1 (ResolveNames no encontró ningún buzón).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="807"/>
        <source>The directory resolves %1 to the mailbox %2 (users are linked this way).</source>
        <translation>El directorio resuelve %1 en el buzón %2 (los usuarios se vinculan así).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="815"/>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="843"/>
        <source>Skipped: no token.</source>
        <translation>Omitido: sin token.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="833"/>
        <source>The directory&apos;s users can be read.</source>
        <translation>Se pueden leer los usuarios del directorio.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="849"/>
        <source>No test mailbox: set Exchange Account or name one with --mailbox.</source>
        <translation>No hay buzón de prueba: defina la Cuenta de Exchange o indique uno con --mailbox.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="880"/>
        <source>The calendar of %1 can be read (write probe not requested).</source>
        <translation>Se puede leer el calendario de %1 (no se pidió la prueba de escritura).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="900"/>
        <source>CRM Exchange Sync connection test (safe to delete)</source>
        <translation>Prueba de conexión de CRM Exchange Sync (se puede eliminar)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="901"/>
        <source>Created and deleted again by Test Connection.</source>
        <translation>Creado y eliminado de nuevo por la prueba de conexión.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="917"/>
        <source>Reading works, creating a test event does not: %1</source>
        <translation>La lectura funciona, pero la creación de un evento de prueba no: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="930"/>
        <source>A test event was created but could not be deleted (delete it by hand: &apos;CRM Exchange Sync connection test&apos;, id %1): %2</source>
        <translation>Se creó un evento de prueba, pero no se pudo eliminar (elimínelo a mano: «CRM Exchange Sync connection test», id %1): %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="936"/>
        <source>The calendar of %1 can be read and written (a test event was created and deleted).</source>
        <translation>Se puede leer y escribir el calendario de %1 (se creó y eliminó un evento de prueba).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="953"/>
        <source>No additional Exchange servers are configured.</source>
        <translation>No hay servidores Exchange adicionales configurados.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1002"/>
        <source>the calendar of %1 cannot be read: %2</source>
        <translation>no se puede leer el calendario de %1: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1011"/>
        <source>token obtained, the directory and the calendar of %1 can be read.</source>
        <translation>token obtenido; se pueden leer el directorio y el calendario de %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1013"/>
        <source>the calendar of %1 can be read.</source>
        <translation>se puede leer el calendario de %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1026"/>
        <source>no token: %1</source>
        <translation>sin token: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1034"/>
        <source>the directory cannot be read: %1</source>
        <translation>no se puede leer el directorio: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1065"/>
        <source>No out-of-scope mailbox is set (Out-of-Scope Mailbox), so the application&apos;s scope is not checked.</source>
        <translation>No se ha definido ningún buzón fuera de ámbito (Buzón fuera de ámbito), así que no se comprueba el ámbito de la aplicación.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1070"/>
        <source>Skipped: the Exchange server cannot be used.</source>
        <translation>Omitido: no se puede usar el servidor Exchange.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1131"/>
        <source>Skipped: no server answered.</source>
        <translation>Omitido: ningún servidor respondió.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1147"/>
        <source>%1: %2 s</source>
        <translation>%1: %2 s</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1155"/>
        <source>Skipped: no server answered with its time.</source>
        <translation>Omitido: ningún servidor respondió con su hora.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1159"/>
        <source>Server clock minus this machine&apos;s: %1</source>
        <translation>Reloj del servidor menos el de esta máquina: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1168"/>
        <source>Push notifications are not configured; changes are found by polling.</source>
        <translation>Las notificaciones push no están configuradas; los cambios se detectan por sondeo.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1229"/>
        <source>The listener at %1 answered the validation handshake.</source>
        <translation>El receptor en %1 respondió al protocolo de validación.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1230"/>
        <source>The listener at %1 answered the validation handshake (the service runs on another machine: nothing listens on %2 here).</source>
        <translation>El receptor en %1 respondió al protocolo de validación (el servicio se ejecuta en otra máquina: aquí nada escucha en %2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1236"/>
        <source>The CRM Exchange Sync service is not running on this machine (nothing listens on %1), so %2 cannot answer yet.</source>
        <translation>El servicio CRM Exchange Sync no se está ejecutando en esta máquina (nada escucha en %1), así que %2 aún no puede responder.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ConnectionTest.cpp" line="1249"/>
        <source>HTTP %1 without the validation token</source>
        <translation>HTTP %1 sin el token de validación</translation>
    </message>
</context>
<context>
    <name>cxsync::Connections</name>
    <message>
        <location filename="../core/connect/Connections.cpp" line="143"/>
        <source>CRM Server is not set</source>
        <translation>Servidor CRM no está definido</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="145"/>
        <source>CRM Path is not set</source>
        <translation>Ruta de CRM no está definida</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="152"/>
        <source>CRM REST URL &apos;%1&apos; is not a valid URL</source>
        <translation>La URL REST de CRM «%1» no es una URL válida</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="213"/>
        <source>the secret store went away</source>
        <translation>el almacén de secretos desapareció</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="228"/>
        <source>%1 (%2) could not be read: %3</source>
        <translation>No se pudo leer %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="230"/>
        <source>%1 of Exchange server %2 (%3) could not be read: %4</source>
        <translation>No se pudo leer %1 del servidor Exchange %2 (%3): %4</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="237"/>
        <source>%1 is not stored: set it in the control panel or with &apos;cxsync secret set %2&apos;</source>
        <translation>No se ha guardado %1: defina el valor en el panel de control o con «cxsync secret set %2»</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="240"/>
        <source>%1 of Exchange server %2 is not stored: set it in the control panel or with &apos;cxsync secret set %3&apos;</source>
        <translation>No se ha guardado %1 del servidor Exchange %2: defina el valor en el panel de control o con «cxsync secret set %3»</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="326"/>
        <source>Exchange server %1: neither EWS URL nor Primary Exchange Server gives a valid EWS address</source>
        <translation>Servidor Exchange %1: ni la URL de EWS ni el Servidor Exchange principal dan una dirección EWS válida</translation>
    </message>
    <message>
        <location filename="../core/connect/Connections.cpp" line="346"/>
        <source>the settings are not valid: %1: %2</source>
        <translation>la configuración no es válida: %1: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::ConsistencyDialog</name>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="28"/>
        <source>Check Consistency</source>
        <translation>Comprobar coherencia</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="32"/>
        <source>Compares Outlook, the CRM and the journal&apos;s links for the linked users inside the sync window. The check only reads; Repair… fixes what it can by the sync&apos;s own rules and never sends an invitation.</source>
        <translation>Compara Outlook, el CRM y los vínculos del diario de los usuarios vinculados dentro de la ventana de sincronización. La comprobación solo lee; Reparar… corrige lo que puede con las reglas de la propia sincronización y nunca envía invitaciones.</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="40"/>
        <location filename="../ui/ConsistencyDialog.cpp" line="245"/>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="57"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="63"/>
        <source>Check Again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="65"/>
        <source>Repair…</source>
        <translation>Reparar…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="84"/>
        <source>Check Consistency…</source>
        <translation>Comprobar coherencia…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="87"/>
        <source>Compare Outlook, the CRM and the journal for the linked users, list what disagrees, and repair it if you choose.</source>
        <translation>Comparar Outlook, el CRM y el diario de los usuarios vinculados, mostrar lo que no coincide y repararlo si lo desea.</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="120"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="121"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="158"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="187"/>
        <source>none: %1</source>
        <translation>ninguna: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="194"/>
        <source>The check failed: %1</source>
        <translation>La comprobación falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="196"/>
        <source>The check was cancelled; the list is incomplete.</source>
        <translation>Se canceló la comprobación; la lista está incompleta.</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="200"/>
        <source>Not read: %1</source>
        <translation>No leído: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ConsistencyDialog.cpp" line="214"/>
        <source>Repair %n finding(s) now?

Links are written to the journal, drift is written with the conflict policy, and only duplicates the sync created are deleted. Nobody is invited or notified. Every change goes to the transaction log. Findings marked &quot;none&quot; are left for you.</source>
        <translation>
            <numerusform>¿Reparar ahora %n hallazgo?

Los vínculos se escriben en el diario, las diferencias con la directiva de conflictos, y solo se eliminan los duplicados que creó la sincronización. No se invita ni se avisa a nadie. Cada cambio va al registro de transacciones. Los hallazgos marcados como «none» se dejan para usted.</numerusform>
            <numerusform>¿Reparar ahora %n hallazgos?

Los vínculos se escriben en el diario, las diferencias con la directiva de conflictos, y solo se eliminan los duplicados que creó la sincronización. No se invita ni se avisa a nadie. Cada cambio va al registro de transacciones. Los hallazgos marcados como «none» se dejan para usted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="240"/>
        <source>Repairing…</source>
        <translation>Reparando…</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="261"/>
        <source>Repair: %1</source>
        <translation>Reparación: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsistencyDialog.cpp" line="263"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::ConsistencyRun</name>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="61"/>
        <source>Consistency check (read-only): Exchange, the CRM and the journal&apos;s links in the sync window.</source>
        <translation>Comprobación de coherencia (solo lectura): Exchange, el CRM y los vínculos del diario en la ventana de sincronización.</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="98"/>
        <source>Stopped by %1 before the check was complete.</source>
        <translation>Detenido por %1 antes de completar la comprobación.</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="107"/>
        <source>part of the check could not be read; nothing is repaired (run check again).</source>
        <translation>no se pudo leer parte de la comprobación; no se repara nada (vuelva a ejecutar check).</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="124"/>
        <source>repairing: %1 (%2/%3)</source>
        <translation>reparando: %1 (%2/%3)</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="128"/>
        <source>Repair (dry run): nothing is written.</source>
        <translation>Reparación (simulación): no se escribe nada.</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="128"/>
        <source>Repair</source>
        <translation>Reparación</translation>
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
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="56"/>
        <source>Certificate file</source>
        <translation>Archivo de certificado</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="59"/>
        <source>Exchange wins</source>
        <translation>Gana Exchange</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="61"/>
        <source>CRM wins</source>
        <translation>Gana el CRM</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="62"/>
        <source>Last modified wins</source>
        <translation>Gana la última modificación</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="66"/>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="68"/>
        <source>Errors and warnings</source>
        <translation>Errores y advertencias</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="70"/>
        <source>Debug (everything)</source>
        <translation>Depuración (todo)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="71"/>
        <source>Information (default)</source>
        <translation>Información (predeterminado)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="75"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="77"/>
        <source>TLS (port 465)</source>
        <translation>TLS (puerto 465)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="78"/>
        <source>None (trusted relay only)</source>
        <translation>Ninguno (solo retransmisor de confianza)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="86"/>
        <source>this server&apos;s zone; or e.g. Europe/London, GMT Standard Time, +1, -3.5</source>
        <translation>zona de este servidor; o p. ej. Europe/London, GMT Standard Time, +1, -3.5</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="89"/>
        <source>install name, e.g. CRM</source>
        <translation>nombre de instalación, p. ej. CRM</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="91"/>
        <source>default: journal.sqlite in the data directory</source>
        <translation>predeterminado: journal.sqlite en la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="93"/>
        <source>default: beside the settings file, or the user data folder</source>
        <translation>predeterminado: junto al archivo de configuración, o la carpeta de datos del usuario</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="95"/>
        <source>DOMAIN\account</source>
        <translation>DOMINIO\cuenta</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="97"/>
        <source>mailbox, e.g. admin@contoso.com</source>
        <translation>buzón, p. ej. admin@contoso.com</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="99"/>
        <source>tenant GUID or contoso.onmicrosoft.com</source>
        <translation>GUID del inquilino o contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="101"/>
        <source>application (client) GUID from the app registration</source>
        <translation>GUID de la aplicación (cliente) del registro de la aplicación</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="103"/>
        <source>default: https://&lt;Primary Exchange Server&gt;/EWS/Exchange.asmx</source>
        <translation>predeterminado: https://&lt;Servidor Exchange principal&gt;/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="105"/>
        <source>default: https://&lt;CRM Server&gt;/sdata/&lt;CRM Path&gt;j/sagecrm2/-/</source>
        <translation>predeterminado: https://&lt;Servidor CRM&gt;/sdata/&lt;Ruta de CRM&gt;j/sagecrm2/-/</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="107"/>
        <source>https URL Microsoft Graph can reach; empty = polling only</source>
        <translation>URL https a la que Microsoft Graph puede llegar; vacío = solo sondeo</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="109"/>
        <source>PEM file for the listener&apos;s own HTTPS; empty = plain HTTP behind a proxy</source>
        <translation>archivo PEM para el HTTPS propio del receptor; vacío = HTTP simple detrás de un proxy</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="111"/>
        <source>a linked CRM user kept for the canary; empty = no canary</source>
        <translation>un usuario de CRM vinculado reservado para el testigo; vacío = sin testigo</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="113"/>
        <source>that user&apos;s mailbox, e.g. canary@contoso.com</source>
        <translation>el buzón de ese usuario, p. ej. canary@contoso.com</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="115"/>
        <source>a mailbox the application must NOT reach; empty = not checked</source>
        <translation>un buzón al que la aplicación NO debe llegar; vacío = no se comprueba</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="117"/>
        <source>its unencrypted PEM private key (both or neither)</source>
        <translation>su clave privada PEM sin cifrar (ambos o ninguno)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="127"/>
        <source>CRM Exchange Sync Control Panel</source>
        <translation>Panel de control de CRM Exchange Sync</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="130"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="295"/>
        <source>Additional Exchange Servers</source>
        <translation>Servidores Exchange adicionales</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="139"/>
        <source>Control Panel</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="143"/>
        <source>Advanced Settings</source>
        <translation>Configuración avanzada</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="146"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="156"/>
        <source>Failed Messages</source>
        <translation>Mensajes fallidos</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="160"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="169"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="172"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="177"/>
        <source>Settings: %1</source>
        <translation>Configuración: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="186"/>
        <source>Passwords cannot be stored: %1. The passwords just saved are kept for this session only and are lost when the panel closes; the service needs them in a keychain, CXSYNC_SECRET_* variables or a secrets file.</source>
        <translation>No se pueden guardar las contraseñas: %1. Las contraseñas recién guardadas se conservan solo durante esta sesión y se pierden al cerrar el panel; el servicio las necesita en un llavero, en variables CXSYNC_SECRET_* o en un archivo de secretos.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="193"/>
        <source>CRM Exchange Sync %1. Settings from %2.</source>
        <translation>CRM Exchange Sync %1. Configuración de %2.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="225"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="244"/>
        <source>Which Server Are You On</source>
        <translation>En qué servidor está</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="246"/>
        <source>On CRM Server</source>
        <translation>En el servidor CRM</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="248"/>
        <source>Exchange Server</source>
        <translation>Servidor Exchange</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="264"/>
        <source>Required Information</source>
        <translation>Información necesaria</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="269"/>
        <source>User Password</source>
        <translation>Contraseña del usuario</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="281"/>
        <source>Exchange Online (Graph)</source>
        <translation>Exchange Online (Graph)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="287"/>
        <source>Client Secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="289"/>
        <source>Certificate Password</source>
        <translation>Contraseña del certificado</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="297"/>
        <source>Further Exchange Online tenants synchronized with the same CRM, each with its own app registration.</source>
        <translation>Otros inquilinos de Exchange Online sincronizados con el mismo CRM, cada uno con su propio registro de aplicación.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="303"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="303"/>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="303"/>
        <source>Client ID</source>
        <translation>Id. de cliente</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="311"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="313"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="315"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="332"/>
        <source>NT Account Information</source>
        <translation>Información de la cuenta NT</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="336"/>
        <source>NT Account Password</source>
        <translation>Contraseña de la cuenta NT</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="337"/>
        <source>Re-enter Password</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="345"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="357"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="360"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="659"/>
        <source>Test Connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="362"/>
        <source>Check every step from the settings to the notification listener; each failure names its cause and its fix.</source>
        <translation>Comprueba cada paso, desde la configuración hasta el receptor de notificaciones; cada fallo indica su causa y su solución.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="365"/>
        <source>Also create and delete a test event in the Exchange Account&apos;s calendar</source>
        <translation>Crear y eliminar también un evento de prueba en el calendario de la Cuenta de Exchange</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="393"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="418"/>
        <source>Synchronization</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="421"/>
        <source>Error E-mail (SMTP)</source>
        <translation>Correo de error (SMTP)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="423"/>
        <source>SMTP Password</source>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="424"/>
        <source>Notification Listener</source>
        <translation>Receptor de notificaciones</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="426"/>
        <source>Service Addresses</source>
        <translation>Direcciones de los servicios</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="427"/>
        <source>Certificates (on-premises servers)</source>
        <translation>Certificados (servidores locales)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="428"/>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="429"/>
        <source>Synthetic Canary</source>
        <translation>Testigo sintético</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="431"/>
        <source>Least-Privilege Check</source>
        <translation>Comprobación de privilegio mínimo</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="432"/>
        <source>Failed Messages and Log</source>
        <translation>Mensajes fallidos y registro</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="476"/>
        <source>not stored</source>
        <translation>no guardado</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="567"/>
        <source>required on the Exchange server, e.g. /var/lib/cxsync/journal.sqlite</source>
        <translation>necesario en el servidor Exchange, p. ej. /var/lib/cxsync/journal.sqlite</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="570"/>
        <source>Set by policy (%1): read-only.</source>
        <translation>Definido por directiva (%1): solo lectura.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="605"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="633"/>
        <source>Test Connection: cancelling after the current step...</source>
        <translation>Probar conexión: cancelando tras el paso actual...</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="642"/>
        <source>Test Connection: %v of %m steps</source>
        <translation>Probar conexión: paso %v de %m</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="644"/>
        <source>Cancel Test</source>
        <translation>Cancelar prueba</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="645"/>
        <source>Test Connection started (saved settings: %1).</source>
        <translation>Prueba de conexión iniciada (configuración guardada: %1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ControlPanelWindow.cpp" line="655"/>
        <source>Test Connection found %n problem(s); see the causes and fixes above.</source>
        <translation>
            <numerusform>La prueba de conexión encontró %n problema; vea las causas y soluciones arriba.</numerusform>
            <numerusform>La prueba de conexión encontró %n problemas; vea las causas y soluciones arriba.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ControlPanelWindow.cpp" line="656"/>
        <source>Test Connection passed with %n warning(s); see above.</source>
        <translation>
            <numerusform>La prueba de conexión se superó con %n advertencia; vea arriba.</numerusform>
            <numerusform>La prueba de conexión se superó con %n advertencias; vea arriba.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="657"/>
        <source>Test Connection passed.</source>
        <translation>La prueba de conexión se superó.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="672"/>
        <source>Passed: %1 (%2 ms)</source>
        <translation>Correcto: %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="675"/>
        <source>FAILED: %1 (%2 ms)</source>
        <translation>ERROR: %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="678"/>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="681"/>
        <source>Warning: %1 (%2 ms)</source>
        <translation>Advertencia: %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="688"/>
        <source>Cause: %1</source>
        <translation>Causa: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="689"/>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="706"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="708"/>
        <location filename="../ui/ControlPanelWindow.cpp" line="754"/>
        <source>stored; leave empty to keep</source>
        <translation>guardado; déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="711"/>
        <source>Passwords cannot be stored: %1. Passwords saved now are kept for this session only.</source>
        <translation>No se pueden guardar las contraseñas: %1. Las contraseñas guardadas ahora se conservan solo durante esta sesión.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="735"/>
        <source>Saving settings…</source>
        <translation>Guardando la configuración…</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="744"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>No se guardó nada: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="750"/>
        <source>Settings saved to %1.</source>
        <translation>Configuración guardada en %1.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="755"/>
        <source>%1 stored in the %2.</source>
        <translation>Se guardó %1 en el %2.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="760"/>
        <source>Not stored: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="761"/>
        <source>Journal: %1; data directory: %2.</source>
        <translation>Diario: %1; carpeta de datos: %2.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="863"/>
        <source>Remove the additional Exchange server %1 (%2)? Its settings and its stored client secret and certificate password are deleted, and its mailboxes are no longer synchronized.</source>
        <translation>¿Quitar el servidor Exchange adicional %1 (%2)? Se eliminan su configuración, su secreto de cliente y su contraseña de certificado guardados, y sus buzones dejan de sincronizarse.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="878"/>
        <source>Exchange server %1 was not removed: %2</source>
        <translation>No se quitó el servidor Exchange %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="884"/>
        <source>Exchange server %1 (%2) removed from %3.</source>
        <translation>Servidor Exchange %1 (%2) quitado de %3.</translation>
    </message>
    <message>
        <location filename="../ui/ControlPanelWindow.cpp" line="887"/>
        <source>Exchange server %1: a stored password was not deleted: %2. Delete it from the %3 by hand.</source>
        <translation>Servidor Exchange %1: no se eliminó una contraseña guardada: %2. Elimínela a mano del %3.</translation>
    </message>
</context>
<context>
    <name>cxsync::DashboardPage</name>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="55"/>
        <source>never</source>
        <translation>nunca</translation>
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
        <translation>Leyendo el diario…</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="161"/>
        <location filename="../ui/DashboardPage.cpp" line="344"/>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="162"/>
        <location filename="../ui/DashboardPage.cpp" line="344"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="164"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="177"/>
        <source>Writes per hour</source>
        <translation>Escrituras por hora</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="178"/>
        <source>Failures by error kind</source>
        <translation>Fallos por tipo de error</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="179"/>
        <source>Propagation latency per hour</source>
        <translation>Latencia de propagación por hora</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="189"/>
        <source>Mailboxes:</source>
        <translation>Buzones:</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="192"/>
        <source>Filter: any text in a row (mailbox, user, server, red, failed…)</source>
        <translation>Filtro: cualquier texto de una fila (buzón, usuario, servidor, rojo, con error…)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="198"/>
        <source>Health</source>
        <translation>Estado de salud</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="198"/>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="198"/>
        <source>CRM User</source>
        <translation>Usuario de CRM</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="198"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="198"/>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="199"/>
        <source>Last Sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="199"/>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="199"/>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="199"/>
        <source>Canary</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="200"/>
        <source>Last Error / Reasons</source>
        <translation>Último error / motivos</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="274"/>
        <source>No journal at %1 yet: nothing has been synchronized.</source>
        <translation>Todavía no hay diario en %1: no se ha sincronizado nada.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="303"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="307"/>
        <source>The dashboard could not be read: %1</source>
        <translation>No se pudo leer el panel: %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="316"/>
        <source>Read from the journal at %1 in %2 ms; refreshed every %3 s while this tab is shown.</source>
        <translation>Leído del diario en %1 en %2 ms; se actualiza cada %3 s mientras se muestra esta pestaña.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="333"/>
        <source>Everything is in step: the service runs, every mailbox was read recently, nothing waits in the failed-message queue.</source>
        <translation>Todo está al día: el servicio se ejecuta, cada buzón se leyó recientemente y no hay nada esperando en la cola de mensajes fallidos.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="341"/>
        <source>%1: %2 writes CRM → Exchange, %3 Exchange → CRM, %4 conflict(s), %5 failure(s)%6. Latency CRM → Exchange p50 %7, p99 %8; Exchange → CRM (notification to write) p50 %9, p99 %10.</source>
        <translation>%1: %2 escrituras CRM → Exchange, %3 Exchange → CRM, %4 conflicto(s), %5 fallo(s)%6. Latencia CRM → Exchange p50 %7, p99 %8; Exchange → CRM (de la notificación a la escritura) p50 %9, p99 %10.</translation>
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
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="375"/>
        <source>writes</source>
        <translation>escrituras</translation>
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
        <translation>segundos</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="406"/>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="416"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="457"/>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="465"/>
        <source>%1 (%2 parked)</source>
        <translation>%1 (%2 apartados)</translation>
    </message>
</context>
<context>
    <name>cxsync::DemoCommand</name>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="88"/>
        <source>stopped by %1; the sandboxes were stopped</source>
        <translation>detenido por %1; se detuvieron los entornos de prueba</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="101"/>
        <source>cannot create a temporary folder for the demo</source>
        <translation>no se puede crear una carpeta temporal para la demostración</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="106"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>no se puede crear la carpeta «%1»</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="126"/>
        <source>1. Starting the Microsoft Graph and Sage CRM sandboxes (%1 users, %2 appointments, seed %3)…</source>
        <translation>1. Iniciando los entornos de prueba de Microsoft Graph y Sage CRM (%1 usuarios, %2 citas, semilla %3)…</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="132"/>
        <source>%1, waiting up to %2 s for it to report ready</source>
        <translation>%1; se esperan hasta %2 s a que indique que está listo</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="137"/>
        <source>still starting (%1 s of at most %2 s)…</source>
        <translation>todavía iniciándose (%1 s de un máximo de %2 s)…</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="144"/>
        <source>the sandboxes did not start: %1</source>
        <translation>los entornos de prueba no se iniciaron: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="153"/>
        <source>ready: process %1</source>
        <translation>listo: proceso %1</translation>
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
        <translation>Punto de conexión de administración: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="161"/>
        <source>2. The sandbox wrote a profile for them: %1 (secrets: %2, mode 0600)</source>
        <translation>2. El entorno de prueba escribió un perfil para ellos: %1 (secretos: %2, modo 0600)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="164"/>
        <source>3. Validating the profile as the panel&apos;s Save would…</source>
        <translation>3. Validando el perfil como lo haría Guardar en el panel…</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="174"/>
        <source>the demo profile is not valid</source>
        <translation>el perfil de demostración no es válido</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="182"/>
        <source>valid; %1 secrets ready for --secrets-file</source>
        <translation>válido; %1 secretos listos para --secrets-file</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="188"/>
        <source>removed the journal of an earlier demo run: %1</source>
        <translation>se eliminó el diario de una demostración anterior: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="191"/>
        <source>4. Test Connection, step by step (the listener step warns until the service runs):</source>
        <translation>4. Probar conexión, paso a paso (el paso del receptor avisa mientras el servicio no se ejecute):</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="203"/>
        <source>5. What the sandboxes hold:</source>
        <translation>5. Qué contienen los entornos de prueba:</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="219"/>
        <source>CRM users: %1; CRM communications: %2</source>
        <translation>Usuarios de CRM: %1; comunicaciones de CRM: %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="222"/>
        <source>events in %1&apos;s mailbox: %2</source>
        <translation>eventos en el buzón de %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="247"/>
        <source>6. Sync Users With CRM: linking CRM users to their mailboxes (no CRM users are created):</source>
        <translation>6. Sincronizar usuarios con CRM: vinculando los usuarios de CRM a sus buzones (no se crea ningún usuario de CRM):</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="259"/>
        <source>plan: %1 mailboxes, %2 CRM users; %3 to link, %4 to create, %5 conflicts, %6 not linked</source>
        <translation>plan: %1 buzones, %2 usuarios de CRM; %3 por vincular, %4 por crear, %5 conflictos, %6 sin vincular</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="271"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="277"/>
        <source>applied in %1 ms: %2 linked, %3 unchanged, %4 creations declined (the demo does not create CRM users), %5 conflicts, %6 skipped, %7 failed</source>
        <translation>aplicado en %1 ms: %2 vinculados, %3 sin cambios, %4 creaciones rechazadas (la demostración no crea usuarios de CRM), %5 conflictos, %6 omitidos, %7 con error</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/DemoCommand.cpp" line="297"/>
        <source>the journal now links %n CRM user(s) to a mailbox</source>
        <translation>
            <numerusform>el diario vincula ahora %n usuario de CRM a un buzón</numerusform>
            <numerusform>el diario vincula ahora %n usuarios de CRM a un buzón</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="302"/>
        <source>no CRM user was linked, so there is nothing to synchronize</source>
        <translation>no se vinculó ningún usuario de CRM, así que no hay nada que sincronizar</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="331"/>
        <source>%1: this run would delete %2 of %3 synchronized items; kept (the demo never confirms a mass delete)</source>
        <translation>%1: esta ejecución eliminaría %2 de %3 elementos sincronizados; se conservan (la demostración nunca confirma una eliminación masiva)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="363"/>
        <source>note (%1 times): %2</source>
        <translation>nota (%1 veces): %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="364"/>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="396"/>
        <source>the sandbox lists no mailbox %1, which the journal links</source>
        <translation>el entorno de prueba no incluye ningún buzón %1, que el diario vincula</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="468"/>
        <source>CRM user %1</source>
        <translation>usuario de CRM %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="474"/>
        <source>&quot;%1&quot; on %2 (%3) is in %4&apos;s Outlook calendar (event id %5…)</source>
        <translation>«%1» el %2 (%3) está en el calendario de Outlook de %4 (id. de evento %5…)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="486"/>
        <source>&quot;%1&quot; on %2 (CRM server time) is CRM communication %3 for %4</source>
        <translation>«%1» el %2 (hora del servidor CRM) es la comunicación de CRM %3 de %4</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="498"/>
        <source>7. Calendar sync, both ways, over the sample data (a retry pass, then one run):</source>
        <translation>7. Sincronización de calendarios, en ambos sentidos, sobre los datos de ejemplo (una pasada de reintentos y después una ejecución):</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="507"/>
        <source>read back from the sandboxes: %1 new event(s) in %2 linked mailbox(es), %3 new CRM communication(s)</source>
        <translation>releído de los entornos de prueba: %1 evento(s) nuevo(s) en %2 buzón(es) vinculado(s), %3 comunicación(es) de CRM nueva(s)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="515"/>
        <source>CRM → Outlook, for example: %1</source>
        <translation>CRM → Outlook, por ejemplo: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="519"/>
        <source>CRM → Outlook: no CRM appointment needed a new Outlook event</source>
        <translation>CRM → Outlook: ninguna cita de CRM necesitó un evento de Outlook nuevo</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="522"/>
        <source>Outlook → CRM, for example: %1</source>
        <translation>Outlook → CRM, por ejemplo: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="525"/>
        <source>Outlook → CRM: no Outlook appointment needed a new CRM communication</source>
        <translation>Outlook → CRM: ninguna cita de Outlook necesitó una comunicación de CRM nueva</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="532"/>
        <source>8. Acting as users do (through the sandboxes&apos; user-action API):</source>
        <translation>8. Actuando como lo hacen los usuarios (a través de la API de acciones de usuario de los entornos de prueba):</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="544"/>
        <source>Demo: project kick-off</source>
        <translation>Demostración: inicio del proyecto</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="554"/>
        <location filename="../cli/DemoCommand.cpp" line="584"/>
        <source>the sandboxes refused the demo&apos;s changes: %1</source>
        <translation>los entornos de prueba rechazaron los cambios de la demostración: %1</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="563"/>
        <source>%1 created &quot;%2&quot; in Outlook (id %3…); the mailbox now holds %4 events</source>
        <translation>%1 creó «%2» en Outlook (id. %3…); el buzón contiene ahora %4 eventos</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="578"/>
        <source>Demo: customer call</source>
        <translation>Demostración: llamada de cliente</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="588"/>
        <source>%1 created &quot;%2&quot; in the CRM (Comm_CommunicationId %3)</source>
        <translation>%1 creó «%2» en el CRM (Comm_CommunicationId %3)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="593"/>
        <source>the sandboxes refused the demo&apos;s changes</source>
        <translation>los entornos de prueba rechazaron los cambios de la demostración</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="600"/>
        <source>9. Calendar sync again: it carries the two changes above across:</source>
        <translation>9. Sincronización de calendarios de nuevo: transmite los dos cambios anteriores:</translation>
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
        <translation>«%1» no llegó al CRM</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="626"/>
        <source>&quot;%1&quot; did not reach %2&apos;s Outlook calendar</source>
        <translation>«%1» no llegó al calendario de Outlook de %2</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="632"/>
        <source>both changes crossed: %1 new CRM communication(s), %2 new Outlook event(s) in all</source>
        <translation>ambos cambios se transmitieron: %1 comunicación(es) de CRM nueva(s), %2 evento(s) de Outlook nuevo(s) en total</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="652"/>
        <source>10. Where to look next:</source>
        <translation>10. Dónde mirar a continuación:</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="656"/>
        <source>%1 queue list   (failed messages waiting for a retry: %2)</source>
        <translation>%1 queue list   (mensajes fallidos en espera de reintento: %2)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="658"/>
        <source>%1 log          (the transaction log: every write of the runs above)</source>
        <translation>%1 log          (el registro de transacciones: cada escritura de las ejecuciones anteriores)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="660"/>
        <source>%1 users list   (each CRM user&apos;s link)</source>
        <translation>%1 users list   (el vínculo de cada usuario de CRM)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="662"/>
        <source>cxsync-panel --config %1   (the panel: Status, Failed Messages and Log tabs, Sync Now)</source>
        <translation>cxsync-panel --config %1   (el panel: pestañas Estado, Mensajes fallidos y Registro, Sincronizar ahora)</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="666"/>
        <source>Try it: %1 test-connection</source>
        <translation>Pruébelo: %1 test-connection</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="668"/>
        <source>The profile and journal are removed when the demo ends; keep them with --dir DIR.</source>
        <translation>El perfil y el diario se eliminan al terminar la demostración; consérvelos con --dir DIR.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="671"/>
        <source>Serving until interrupted (Ctrl+C).</source>
        <translation>En servicio hasta que se interrumpa (Ctrl+C).</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="674"/>
        <source>The sandboxes stop with the demo; --serve keeps them running for `cxsync sync` and the panel.</source>
        <translation>Los entornos de prueba se detienen con la demostración; --serve los mantiene en marcha para `cxsync sync` y el panel.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="688"/>
        <source>start the Graph and Sage CRM sandboxes with sample data, write a
profile for them and run what the product can do against them</source>
        <translation>inicia los entornos de prueba de Graph y Sage CRM con datos de ejemplo,
escribe un perfil para ellos y ejecuta lo que el producto puede hacer con
ellos</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="693"/>
        <source>Keep the profile, secrets and journal here (default: a temporary folder).</source>
        <translation>Conservar aquí el perfil, los secretos y el diario (predeterminado: una carpeta temporal).</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="695"/>
        <source>Sample users, 1 to 100000.</source>
        <translation>Usuarios de ejemplo, de 1 a 100000.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="697"/>
        <source>Sample appointments, 0 to 1000000.</source>
        <translation>Citas de ejemplo, de 0 a 1000000.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="699"/>
        <source>Seed of the sample data.</source>
        <translation>Semilla de los datos de ejemplo.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="702"/>
        <source>Keep the sandboxes running until interrupted.</source>
        <translation>Mantener los entornos de prueba en marcha hasta que se interrumpa.</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="711"/>
        <source>usage: cxsync demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]</source>
        <translation>uso: cxsync demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]</translation>
    </message>
    <message>
        <location filename="../cli/DemoCommand.cpp" line="723"/>
        <source>--users (1 to 100000), --appointments (0 to 1000000) and --seed must be whole numbers</source>
        <translation>--users (1 a 100000), --appointments (0 a 1000000) y --seed deben ser números enteros</translation>
    </message>
</context>
<context>
    <name>cxsync::DiagnosticStatusFeed</name>
    <message>
        <location filename="../ui/DiagnosticStatusFeed.cpp" line="69"/>
        <source>HTTP %1 in %2 ms: %3 %4 (%5)</source>
        <translation>HTTP %1 en %2 ms: %3 %4 (%5)</translation>
    </message>
    <message>
        <location filename="../ui/DiagnosticStatusFeed.cpp" line="72"/>
        <source>HTTP failed after %1 ms: %2 %3 (%4): %5</source>
        <translation>Error HTTP tras %1 ms: %2 %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>cxsync::EnumNames</name>
    <message>
        <location filename="../core/store/EnumNames.h" line="43"/>
        <source>&apos;%1&apos; is not %2 (%3)</source>
        <translation>«%1» no es %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/store/EnumNames.h" line="64"/>
        <source>an error kind</source>
        <translation>un tipo de error</translation>
    </message>
</context>
<context>
    <name>cxsync::EwsChecks</name>
    <message>
        <location filename="../core/diagnostics/EwsChecks.cpp" line="12"/>
        <source>This Exchange server is not an on-premises (EWS) server.</source>
        <translation>Este servidor Exchange no es un servidor local (EWS).</translation>
    </message>
</context>
<context>
    <name>cxsync::ExchangeRouter</name>
    <message>
        <location filename="../core/connect/ExchangeRouter.cpp" line="39"/>
        <source>Exchange server %1: %2</source>
        <translation>Servidor Exchange %1: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::ExchangeServerDialog</name>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="60"/>
        <source>Add Exchange Server</source>
        <translation>Añadir servidor Exchange</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="60"/>
        <location filename="../ui/ExchangeServerDialog.cpp" line="333"/>
        <source>Edit Exchange Server %1</source>
        <translation>Editar servidor Exchange %1</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="64"/>
        <source>An additional Exchange Online tenant or on-premises Exchange server synchronized with the same CRM. Its mailboxes are reached with its own credentials; passwords go to the keychain, never to the settings file.</source>
        <translation>Un inquilino de Exchange Online o un servidor Exchange local adicional, sincronizado con el mismo CRM. A sus buzones se accede con sus propias credenciales; las contraseñas van al llavero, nunca al archivo de configuración.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="73"/>
        <source>e.g. emea: letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>p. ej. emea: letras, dígitos, «-» o «_»</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="76"/>
        <source>Server Name</source>
        <translation>Nombre del servidor</translation>
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
        <translation>buzón, p. ej. admin@fabrikam.com</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="85"/>
        <source>optional: a mailbox this server&apos;s account must not reach</source>
        <translation>opcional: un buzón al que la cuenta de este servidor no debe llegar</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="88"/>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="91"/>
        <source>tenant GUID or fabrikam.onmicrosoft.com</source>
        <translation>GUID del inquilino o fabrikam.onmicrosoft.com</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="92"/>
        <source>application (client) GUID from the app registration</source>
        <translation>GUID de la aplicación (cliente) del registro de la aplicación</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="96"/>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="97"/>
        <source>Certificate file</source>
        <translation>Archivo de certificado</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="100"/>
        <source>Client Secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="101"/>
        <source>absolute path to the PFX or PEM file</source>
        <translation>ruta absoluta del archivo PFX o PEM</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="102"/>
        <source>Certificate Password</source>
        <translation>Contraseña del certificado</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="105"/>
        <source>On-premises Exchange</source>
        <translation>Exchange local</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="108"/>
        <source>e.g. mail.fabrikam.example</source>
        <translation>p. ej. mail.fabrikam.example</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="109"/>
        <source>DOMAIN\account or account@domain</source>
        <translation>DOMINIO\cuenta o cuenta@dominio</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="110"/>
        <source>NT Account Password</source>
        <translation>Contraseña de la cuenta NT</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="111"/>
        <source>default: https://&lt;Primary Exchange Server&gt;/EWS/Exchange.asmx</source>
        <translation>predeterminado: https://&lt;Servidor Exchange principal&gt;/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="117"/>
        <source>Advanced (national clouds only)</source>
        <translation>Avanzado (solo nubes nacionales)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="122"/>
        <location filename="../ui/ExchangeServerDialog.cpp" line="124"/>
        <source>default: %1</source>
        <translation>predeterminado: %1</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="167"/>
        <source>not stored</source>
        <translation>no guardado</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="217"/>
        <source>stored; leave empty to keep</source>
        <translation>guardado; déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="284"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="303"/>
        <source>Server Name is required.</source>
        <translation>El nombre del servidor es obligatorio.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="314"/>
        <source>There is already an Exchange server named %1: choose another name, or Cancel and edit that one.</source>
        <translation>Ya existe un servidor Exchange llamado %1: elija otro nombre, o cancele y edite ese.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="326"/>
        <source>Exchange server %1 was not saved: correct the fields marked in red.</source>
        <translation>No se guardó el servidor Exchange %1: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="335"/>
        <source>Exchange server %1 (%2) saved to %3.</source>
        <translation>Servidor Exchange %1 (%2) guardado en %3.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="356"/>
        <source>The settings were saved, but the %1 cannot be stored: the %2 cannot keep passwords for additional Exchange servers.</source>
        <translation>Se guardó la configuración, pero no se puede guardar %1: el %2 no puede conservar contraseñas de servidores Exchange adicionales.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="369"/>
        <source>The settings were saved, but the %1 was not stored: %2</source>
        <translation>Se guardó la configuración, pero no se guardó %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="372"/>
        <source>Exchange server %1: %2</source>
        <translation>Servidor Exchange %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeServerDialog.cpp" line="378"/>
        <source>%1 of Exchange server %2 stored in the %3.</source>
        <translation>Se guardó %1 del servidor Exchange %2 en el %3.</translation>
    </message>
</context>
<context>
    <name>cxsync::FailedMessagesModel</name>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="68"/>
        <source>ID</source>
        <translation>Id.</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="70"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="72"/>
        <source>Last Failure</source>
        <translation>Último fallo</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="74"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="76"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="78"/>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="80"/>
        <source>Error Kind</source>
        <translation>Tipo de error</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="82"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="84"/>
        <source>Next Attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="86"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesModel.cpp" line="88"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>cxsync::FailedMessagesPage</name>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="36"/>
        <source>Failed Messages</source>
        <translation>Mensajes fallidos</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="39"/>
        <source>Export Failed Messages</source>
        <translation>Exportar mensajes fallidos</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="41"/>
        <source>Event Data XML (*.xml);;JSON (*.json);;CSV (*.csv)</source>
        <translation>Event Data XML (*.xml);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="50"/>
        <source>Any error</source>
        <translation>Cualquier error</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="59"/>
        <source>Open (waiting, retrying, parked)</source>
        <translation>Abiertos (en espera, reintentando, apartados)</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="60"/>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="67"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="78"/>
        <source>Select a message to see the change, the error and every attempt.</source>
        <translation>Seleccione un mensaje para ver el cambio, el error y cada intento.</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="95"/>
        <source>Retry Now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="96"/>
        <source>Retry All Matching</source>
        <translation>Reintentar todos los coincidentes</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="97"/>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="98"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="100"/>
        <source>Send Test Mail</source>
        <translation>Enviar correo de prueba</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FailedMessagesPage.cpp" line="143"/>
        <source>%n message(s) match, newest failure first.</source>
        <translation>
            <numerusform>%n mensaje coincide, el fallo más reciente primero.</numerusform>
            <numerusform>%n mensajes coinciden, el fallo más reciente primero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="168"/>
        <source>Failed message %1: %2</source>
        <translation>Mensaje fallido %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="171"/>
        <source>Error: %1: %2</source>
        <translation>Error: %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="173"/>
        <source>HTTP status %1, server code %2</source>
        <translation>Estado HTTP %1, código del servidor %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="174"/>
        <source>Attempts: %1; first failure %2; last failure %3</source>
        <translation>Intentos: %1; primer fallo %2; último fallo %3</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="179"/>
        <source>Next attempt: %1</source>
        <translation>Próximo intento: %1</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="180"/>
        <source>CRM user %1, mailbox %2, CRM item %3, Exchange item %4</source>
        <translation>Usuario de CRM %1, buzón %2, elemento de CRM %3, elemento de Exchange %4</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="182"/>
        <source>Change:</source>
        <translation>Cambio:</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="184"/>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="204"/>
        <source>Failed message %1 was not retried: %2</source>
        <translation>No se reintentó el mensaje fallido %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="207"/>
        <source>Failed message %1 will be retried by the next sync or service pass.</source>
        <translation>El mensaje fallido %1 se reintentará en la próxima sincronización o pasada del servicio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FailedMessagesPage.cpp" line="215"/>
        <source>Retry the %n matching message(s), parked ones included?</source>
        <translation>
            <numerusform>¿Reintentar el mensaje coincidente (%n), aunque esté apartado?</numerusform>
            <numerusform>¿Reintentar los %n mensajes coincidentes, incluidos los apartados?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="220"/>
        <source>Nothing was retried: %1</source>
        <translation>No se reintentó nada: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FailedMessagesPage.cpp" line="223"/>
        <source>%n failed message(s) will be retried by the next sync or service pass.</source>
        <translation>
            <numerusform>%n mensaje fallido se reintentará en la próxima sincronización o pasada del servicio.</numerusform>
            <numerusform>%n mensajes fallidos se reintentarán en la próxima sincronización o pasada del servicio.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="234"/>
        <source>Discard failed message %1? Its change will never be applied (Retry Now brings it back).</source>
        <translation>¿Descartar el mensaje fallido %1? Su cambio nunca se aplicará (Reintentar ahora lo recupera).</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="237"/>
        <source>discarded in the control panel</source>
        <translation>descartado en el panel de control</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="238"/>
        <source>Failed message %1 was not discarded: %2</source>
        <translation>No se descartó el mensaje fallido %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="241"/>
        <source>Failed message %1 discarded.</source>
        <translation>Mensaje fallido %1 descartado.</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="254"/>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FailedMessagesPage.cpp" line="257"/>
        <source>Exported %n failed message(s) to %1.</source>
        <translation>
            <numerusform>%n mensaje fallido exportado a %1.</numerusform>
            <numerusform>%n mensajes fallidos exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="269"/>
        <source>Sending a test mail…</source>
        <translation>Enviando un correo de prueba…</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="280"/>
        <location filename="../ui/FailedMessagesPage.cpp" line="285"/>
        <source>Test mail not sent: %1</source>
        <translation>Correo de prueba no enviado: %1</translation>
    </message>
    <message>
        <location filename="../ui/FailedMessagesPage.cpp" line="286"/>
        <source>Test mail accepted by the server: %1</source>
        <translation>Correo de prueba aceptado por el servidor: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::GraphChecks</name>
    <message>
        <location filename="../core/diagnostics/GraphChecks.cpp" line="52"/>
        <source>The users answer has no &apos;value&apos; list.</source>
        <translation>La respuesta de usuarios no tiene ninguna lista «value».</translation>
    </message>
</context>
<context>
    <name>cxsync::HelpCommand</name>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="18"/>
        <source>this list, or what one command takes (also: cxsync COMMAND --help)</source>
        <translation>esta lista, o lo que admite un comando (también: cxsync COMMAND --help)</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="39"/>
        <source>unknown command &apos;%1&apos;; see cxsync help</source>
        <translation>comando desconocido «%1»; consulte cxsync help</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="40"/>
        <source>&apos;%1&apos; has no subcommand &apos;%2&apos;; see cxsync help %1</source>
        <translation>«%1» no tiene ningún subcomando «%2»; consulte cxsync help %1</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="80"/>
        <source>The settings file (INI); default: CXSYNC_CONFIG, else the per-user profile.</source>
        <translation>El archivo de configuración (INI); predeterminado: CXSYNC_CONFIG, si no, el
perfil del usuario.</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="84"/>
        <source>Secrets as name=value lines, in a file of mode 0600.</source>
        <translation>Secretos como líneas nombre=valor, en un archivo con modo 0600.</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="87"/>
        <source>Read name=value secret lines from standard input.</source>
        <translation>Leer líneas de secretos nombre=valor de la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="94"/>
        <source>Usage: cxsync [--config PATH] [--secrets-file PATH] [--password-stdin] COMMAND [OPTIONS]
</source>
        <translation>Uso: cxsync [--config PATH] [--secrets-file PATH] [--password-stdin] COMMAND [OPTIONS]
</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="96"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="98"/>
        <source>`cxsync help COMMAND` or `cxsync COMMAND --help` lists the options a command takes; any other
option is a usage error.
</source>
        <translation>`cxsync help COMMAND` o `cxsync COMMAND --help` muestra las opciones que admite un comando;
cualquier otra opción es un error de uso.
</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="101"/>
        <source>Global options (before or after the command):</source>
        <translation>Opciones globales (antes o después del comando):</translation>
    </message>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="104"/>
        <source>Secrets: crm-password, nt-password, graph-client-secret, graph-certificate-password,
smtp-password, listener-client-state. Headless runs may supply them through
CXSYNC_SECRET_&lt;NAME&gt; (e.g. CXSYNC_SECRET_CRM_PASSWORD), --secrets-file (name=value lines,
mode 0600) or --password-stdin (the same lines on standard input).

Exit codes: 0 ok, 1 the operation failed, 2 usage error or invalid configuration.
</source>
        <translation>Secretos: crm-password, nt-password, graph-client-secret, graph-certificate-password,
smtp-password, listener-client-state. Las ejecuciones sin interfaz pueden proporcionarlos con
CXSYNC_SECRET_&lt;NAME&gt; (p. ej. CXSYNC_SECRET_CRM_PASSWORD), --secrets-file (líneas nombre=valor,
modo 0600) o --password-stdin (las mismas líneas en la entrada estándar).

Códigos de salida: 0 correcto, 1 la operación falló, 2 error de uso o configuración no válida.
</translation>
    </message>
</context>
<context>
    <name>cxsync::HooksCommand</name>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="30"/>
        <source>usage: cxsync hooks install | status [--json] | remove</source>
        <translation>uso: cxsync hooks install | status [--json] | remove</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="121"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="126"/>
        <source>expires %1</source>
        <translation>caduca el %1</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="128"/>
        <source>(full read of the mailbox at the next sync)</source>
        <translation>(lectura completa del buzón en la próxima sincronización)</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="199"/>
        <source>server unknown</source>
        <translation>servidor desconocido</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="201"/>
        <source>expires %1, renewal due %2</source>
        <translation>caduca el %1, renovación prevista el %2</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="211"/>
        <source>No change subscriptions are installed; changes are found by polling.</source>
        <translation>No hay suscripciones de cambios instaladas; los cambios se detectan por sondeo.</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="218"/>
        <source>Removing the change subscriptions:</source>
        <translation>Eliminando las suscripciones de cambios:</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="222"/>
        <source>There were none.</source>
        <translation>No había ninguna.</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="232"/>
        <source>the Graph change subscriptions that tell the service what changed</source>
        <translation>las suscripciones de cambios de Graph que indican al servicio qué ha cambiado</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="241"/>
        <source>one Graph change subscription per linked mailbox (clientState in the
keychain); checks the CRM&apos;s custom fields and lists missing ones</source>
        <translation>una suscripción de cambios de Graph por buzón vinculado (clientState en el
llavero); comprueba los campos personalizados del CRM y muestra los que faltan</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="247"/>
        <source>each subscription with its expiry, renewal time and health</source>
        <translation>cada suscripción con su caducidad, su hora de renovación y su estado</translation>
    </message>
    <message>
        <location filename="../cli/HooksCommand.cpp" line="252"/>
        <source>delete the change subscriptions</source>
        <translation>elimina las suscripciones de cambios</translation>
    </message>
</context>
<context>
    <name>cxsync::HooksInstaller</name>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="84"/>
        <source>subscription for %1 created; expires %2</source>
        <translation>suscripción para %1 creada; caduca el %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="87"/>
        <source>subscription for %1 is in place; expires %2</source>
        <translation>suscripción para %1 en vigor; caduca el %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="90"/>
        <source>subscription for %1 renewed; expires %2</source>
        <translation>suscripción para %1 renovada; caduca el %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="93"/>
        <source>subscription for %1 was gone at Graph and was created again; expires %2</source>
        <translation>la suscripción para %1 había desaparecido en Graph y se volvió a crear; caduca el %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="97"/>
        <source>subscription for %1 removed</source>
        <translation>suscripción para %1 eliminada</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="100"/>
        <source>subscription for %1 failed: %2</source>
        <translation>error en la suscripción para %1: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="104"/>
        <source> (the mailbox is read in full at the next sync)</source>
        <translation> (el buzón se lee completo en la próxima sincronización)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hooks/HooksInstaller.cpp" line="123"/>
        <source>Cancelled: %n mailbox(es) were not handled; install again to finish.</source>
        <translation>
            <numerusform>Cancelado: %n buzón no se procesó; vuelva a instalar para terminar.</numerusform>
            <numerusform>Cancelado: %n buzones no se procesaron; vuelva a instalar para terminar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="127"/>
        <source>Subscriptions: %1 created, %2 renewed, %3 kept, %4 recreated, %5 failed.</source>
        <translation>Suscripciones: %1 creadas, %2 renovadas, %3 conservadas, %4 recreadas, %5 con error.</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="158"/>
        <source>push is not configured: set %1 (%2); without it changes are found by polling</source>
        <translation>el push no está configurado: defina %1 (%2); sin él, los cambios se detectan por sondeo</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="196"/>
        <source>CRM side: the custom fields could not be checked: %1</source>
        <translation>lado del CRM: no se pudieron comprobar los campos personalizados: %1</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="202"/>
        <source>CRM side: Sage CRM&apos;s REST API cannot create fields. Add these text fields in Administration &gt; Customization, then install again:</source>
        <translation>lado del CRM: la API REST de Sage CRM no puede crear campos. Añada estos campos de texto en Administration &gt; Customization y vuelva a instalar:</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="207"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="208"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="209"/>
        <source>  %1 (on %2)</source>
        <translation>  %1 (en %2)</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="216"/>
        <source>CRM side: warning: could not confirm %1 (%2); if one is missing, the first write that needs it names it.</source>
        <translation>lado del CRM: advertencia: no se pudo confirmar %1 (%2); si falta alguno, la primera escritura que lo necesite lo indicará.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hooks/HooksInstaller.cpp" line="223"/>
        <source>CRM side: custom fields present; changes are read from the CRM every %n second(s)</source>
        <translation>
            <numerusform>lado del CRM: campos personalizados presentes; los cambios se leen del CRM cada %n segundo</numerusform>
            <numerusform>lado del CRM: campos personalizados presentes; los cambios se leen del CRM cada %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="230"/>
        <source>Exchange side: no linked users yet; synchronize users first (Sync Users With CRM, or &apos;cxsync users sync&apos;).</source>
        <translation>lado de Exchange: todavía no hay usuarios vinculados; sincronice primero los usuarios (Sincronizar usuarios con CRM, o «cxsync users sync»).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hooks/HooksInstaller.cpp" line="252"/>
        <source>Exchange side: %n mailbox(es)</source>
        <translation>
            <numerusform>lado de Exchange: %n buzón</numerusform>
            <numerusform>lado de Exchange: %n buzones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="278"/>
        <source>the listener&apos;s client state could not be stored (%1); store one with &apos;cxsync secret set listener-client-state&apos;</source>
        <translation>no se pudo guardar el estado de cliente del receptor (%1); guarde uno con «cxsync secret set listener-client-state»</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="283"/>
        <source>A new listener client state was created and stored in the %1.</source>
        <translation>Se creó un estado de cliente del receptor nuevo y se guardó en el %1.</translation>
    </message>
    <message>
        <location filename="../core/hooks/HooksInstaller.cpp" line="307"/>
        <source>(the service is not running: Install Scripts answers Graph&apos;s validation itself; start the service to receive notifications)</source>
        <translation>(el servicio no se está ejecutando: Instalar scripts responde por sí mismo a la validación de Graph; inicie el servicio para recibir notificaciones)</translation>
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
        <translation>los campos finales del cuerpo fragmentado superan los %1 bytes</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="109"/>
        <source>the request line is longer than %1 bytes</source>
        <translation>la línea de solicitud supera los %1 bytes</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="111"/>
        <source>the request&apos;s header fields are larger than %1 bytes</source>
        <translation>los campos de encabezado de la solicitud superan los %1 bytes</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="121"/>
        <source>a malformed trailer field after the chunked body</source>
        <translation>un campo final mal formado tras el cuerpo fragmentado</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="142"/>
        <source>a chunk-size line longer than %1 bytes</source>
        <translation>una línea de tamaño de fragmento de más de %1 bytes</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="149"/>
        <source>a chunk is longer than its size says</source>
        <translation>un fragmento es más largo de lo que indica su tamaño</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="172"/>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="176"/>
        <source>a malformed request line</source>
        <translation>una línea de solicitud mal formada</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="178"/>
        <source>HTTP version %1 is not supported</source>
        <translation>no se admite la versión HTTP %1</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="188"/>
        <source>a malformed request target</source>
        <translation>un destino de solicitud mal formado</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="195"/>
        <source>a folded header line (obsolete line folding)</source>
        <translation>una línea de encabezado plegada (plegado de líneas obsoleto)</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="198"/>
        <source>a malformed header field</source>
        <translation>un campo de encabezado mal formado</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="200"/>
        <source>more than %1 header fields</source>
        <translation>más de %1 campos de encabezado</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="222"/>
        <source>both Content-Length and Transfer-Encoding</source>
        <translation>Content-Length y Transfer-Encoding a la vez</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="224"/>
        <source>Transfer-Encoding in an HTTP/1.0 request</source>
        <translation>Transfer-Encoding en una solicitud HTTP/1.0</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="226"/>
        <source>the transfer coding &apos;%1&apos; is not supported</source>
        <translation>no se admite la codificación de transferencia «%1»</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="233"/>
        <source>an invalid Content-Length</source>
        <translation>un Content-Length no válido</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="239"/>
        <source>a body of %1 bytes, more than the limit of %2</source>
        <translation>un cuerpo de %1 bytes, por encima del límite de %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="255"/>
        <source>a malformed chunk size</source>
        <translation>un tamaño de fragmento mal formado</translation>
    </message>
    <message>
        <location filename="../core/hooks/HttpRequestReader.cpp" line="262"/>
        <source>a chunked body of more than %1 bytes</source>
        <translation>un cuerpo fragmentado de más de %1 bytes</translation>
    </message>
</context>
<context>
    <name>cxsync::InstallScriptsAction</name>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="15"/>
        <location filename="../ui/InstallScriptsAction.cpp" line="90"/>
        <source>Install Scripts</source>
        <translation>Instalar scripts</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="18"/>
        <source>Check the CRM fields the synchronization needs (and list any you must add), and create or renew the Exchange change subscription of every linked mailbox so that changes reach the service in seconds.</source>
        <translation>Comprueba los campos de CRM que necesita la sincronización (y muestra los que debe añadir), y crea o renueva la suscripción de cambios de Exchange de cada buzón vinculado para que los cambios lleguen al servicio en segundos.</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="56"/>
        <source>Install Scripts: cancelling after the mailbox under way…</source>
        <translation>Instalar scripts: cancelando tras el buzón en curso…</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="62"/>
        <source>Install Scripts: already running.</source>
        <translation>Instalar scripts: ya está en marcha.</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="69"/>
        <location filename="../ui/InstallScriptsAction.cpp" line="73"/>
        <source>Install Scripts: %1</source>
        <translation>Instalar scripts: %1</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="81"/>
        <source>Install Scripts: nothing was installed.</source>
        <translation>Instalar scripts: no se instaló nada.</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="83"/>
        <source>Install Scripts cancelled.</source>
        <translation>Instalación de scripts cancelada.</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="85"/>
        <source>Install Scripts finished.</source>
        <translation>Instalación de scripts terminada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InstallScriptsAction.cpp" line="87"/>
        <source>Install Scripts finished with %n problem(s); see the lines above.</source>
        <translation>
            <numerusform>La instalación de scripts terminó con %n problema; vea las líneas anteriores.</numerusform>
            <numerusform>La instalación de scripts terminó con %n problemas; vea las líneas anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="95"/>
        <source>Install Scripts: %v of %m mailboxes</source>
        <translation>Instalar scripts: buzón %v de %m</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="97"/>
        <source>Cancel Install Scripts</source>
        <translation>Cancelar la instalación de scripts</translation>
    </message>
    <message>
        <location filename="../ui/InstallScriptsAction.cpp" line="100"/>
        <source>Install Scripts started (saved settings: %1).</source>
        <translation>Instalación de scripts iniciada (configuración guardada: %1).</translation>
    </message>
</context>
<context>
    <name>cxsync::Journal</name>
    <message>
        <location filename="../core/store/Journal.cpp" line="41"/>
        <location filename="../core/store/Journal.cpp" line="124"/>
        <source>&apos;%1&apos; is not a readable SQLite journal.</source>
        <translation>«%1» no es un diario SQLite legible.</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="48"/>
        <source>cannot write to the journal &apos;%1&apos;: %2</source>
        <translation>no se puede escribir en el diario «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="56"/>
        <source>the journal &apos;%1&apos; cannot use write-ahead logging (is it on a network share?).</source>
        <translation>el diario «%1» no puede usar el registro de escritura anticipada (¿está en un recurso compartido de red?).</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="61"/>
        <location filename="../core/store/Journal.cpp" line="64"/>
        <source>cannot configure the journal &apos;%1&apos;: %2</source>
        <translation>no se puede configurar el diario «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="87"/>
        <source>the Qt SQLite driver is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>falta el controlador SQLite de Qt (paquete Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="108"/>
        <source>cannot open the journal &apos;%1&apos;: %2</source>
        <translation>no se puede abrir el diario «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="128"/>
        <source>the journal &apos;%1&apos; has schema version %2, newer than this program&apos;s %3; use the newer program or restore a backup.</source>
        <translation>el diario «%1» tiene la versión de esquema %2, más reciente que la %3 de este programa; use el programa más reciente o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="137"/>
        <source>cannot start migration %1 of &apos;%2&apos;: %3</source>
        <translation>no se puede iniciar la migración %1 de «%2»: %3</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="151"/>
        <source>journal migration %1 (%2) failed and was rolled back: %3</source>
        <translation>la migración %1 (%2) del diario falló y se revirtió: %3</translation>
    </message>
    <message>
        <location filename="../core/store/Journal.cpp" line="156"/>
        <source>cannot commit migration %1 of &apos;%2&apos;: %3</source>
        <translation>no se puede confirmar la migración %1 de «%2»: %3</translation>
    </message>
</context>
<context>
    <name>cxsync::JournalCommand</name>
    <message>
        <location filename="../cli/JournalCommand.cpp" line="107"/>
        <source>--state: &apos;%1&apos; is not one of waiting, retrying, parked, resolved, discarded</source>
        <translation>--state: «%1» no es uno de waiting, retrying, parked, resolved, discarded</translation>
    </message>
    <message>
        <location filename="../cli/JournalCommand.cpp" line="118"/>
        <source>--limit: &apos;%1&apos; is not a whole number (0 for all)</source>
        <translation>--limit: «%1» no es un número entero (0 para todos)</translation>
    </message>
    <message>
        <location filename="../cli/JournalCommand.cpp" line="126"/>
        <source>--since: &apos;%1&apos; is not a date (2026-01-31) or a time (2026-01-31T14:00, with Z or an offset for UTC)</source>
        <translation>--since: «%1» no es una fecha (2026-01-31) ni una hora (2026-01-31T14:00, con Z o un desfase para UTC)</translation>
    </message>
</context>
<context>
    <name>cxsync::JournalFile</name>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="82"/>
        <source>the journal &apos;%1&apos; is an empty file, not a journal of CRM Exchange Sync; it was left as it is. Delete it if it is a leftover, or give another path.</source>
        <translation>el diario «%1» es un archivo vacío, no un diario de CRM Exchange Sync; se dejó como estaba. Elimínelo si es un resto, o indique otra ruta.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="88"/>
        <source>the journal &apos;%1&apos; is not an SQLite database, so not a journal of CRM Exchange Sync; it was left as it is. Give the path of the journal, or of a file that does not exist yet.</source>
        <translation>el diario «%1» no es una base de datos SQLite, así que no es un diario de CRM Exchange Sync; se dejó como estaba. Indique la ruta del diario, o de un archivo que aún no exista.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="102"/>
        <source>&apos;%1&apos; is an SQLite database of another program (application id 0x%2), not a journal of CRM Exchange Sync; it was left as it is.</source>
        <translation>«%1» es una base de datos SQLite de otro programa (id. de aplicación 0x%2), no un diario de CRM Exchange Sync; se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="109"/>
        <location filename="../core/store/JournalFile.cpp" line="217"/>
        <location filename="../core/store/JournalFile.cpp" line="230"/>
        <location filename="../core/store/JournalFile.cpp" line="314"/>
        <source>cannot read the journal &apos;%1&apos;: %2</source>
        <translation>no se puede leer el diario «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="113"/>
        <source>&apos;%1&apos; is an SQLite database, but not a journal of CRM Exchange Sync (the journal&apos;s tables are missing); it was left as it is.</source>
        <translation>«%1» es una base de datos SQLite, pero no un diario de CRM Exchange Sync (faltan las tablas del diario); se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="121"/>
        <source>&apos;%1&apos; is a symbolic link (to &apos;%2&apos;); the journal and its side files must be the files themselves. Give the real path, or remove the link.</source>
        <translation>«%1» es un enlace simbólico (a «%2»); el diario y sus archivos auxiliares deben ser los propios archivos. Indique la ruta real o elimine el enlace.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="144"/>
        <source>cannot examine &apos;%1&apos;: %2</source>
        <translation>no se puede examinar «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="151"/>
        <location filename="../core/store/JournalFile.cpp" line="300"/>
        <source>&apos;%1&apos; is left over from a journal that is no longer there; move it away (or restore the journal &apos;%2&apos;), so that it is not replayed into a new journal.</source>
        <translation>«%1» es un resto de un diario que ya no existe; muévalo a otro sitio (o restaure el diario «%2») para que no se reproduzca en un diario nuevo.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="158"/>
        <source>&apos;%1&apos; is not a regular file (a FIFO, device, socket or folder); it was left as it is.</source>
        <translation>«%1» no es un archivo normal (un FIFO, un dispositivo, un socket o una carpeta); se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="164"/>
        <source>&apos;%1&apos; belongs to user %2, but the journal &apos;%3&apos; to user %4; it was left as it is.</source>
        <translation>«%1» pertenece al usuario %2, pero el diario «%3» al usuario %4; se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="194"/>
        <source>cannot examine the journal &apos;%1&apos;: %2</source>
        <translation>no se puede examinar el diario «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="204"/>
        <location filename="../core/store/JournalFile.cpp" line="309"/>
        <source>the journal &apos;%1&apos; is a folder, not a file: give a file name, such as %1/journal.sqlite.</source>
        <translation>el diario «%1» es una carpeta, no un archivo: indique un nombre de archivo, como %1/journal.sqlite.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="209"/>
        <source>the journal &apos;%1&apos; is not a regular file (a FIFO, device or socket); it was left as it is.</source>
        <translation>el diario «%1» no es un archivo normal (un FIFO, un dispositivo o un socket); se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="227"/>
        <source>the journal &apos;%1&apos; changed while it was being examined; try again.</source>
        <translation>el diario «%1» cambió mientras se examinaba; vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="247"/>
        <location filename="../core/store/JournalFile.cpp" line="328"/>
        <source>cannot create the folder &apos;%1&apos; for the journal.</source>
        <translation>no se puede crear la carpeta «%1» para el diario.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="254"/>
        <location filename="../core/store/JournalFile.cpp" line="332"/>
        <source>cannot create the journal &apos;%1&apos;: %2</source>
        <translation>no se puede crear el diario «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="259"/>
        <source>cannot restrict the journal &apos;%1&apos; to its owner.</source>
        <translation>no se puede restringir el diario «%1» a su propietario.</translation>
    </message>
    <message>
        <location filename="../core/store/JournalFile.cpp" line="280"/>
        <source>%1: mode %2 changed to %3 (only its owner may read the journal)</source>
        <translation>%1: modo %2 cambiado a %3 (solo su propietario puede leer el diario)</translation>
    </message>
</context>
<context>
    <name>cxsync::JournalPage</name>
    <message>
        <location filename="../ui/JournalPage.cpp" line="34"/>
        <source>The journal cannot be opened: %1</source>
        <translation>No se puede abrir el diario: %1</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="52"/>
        <source>User or mailbox</source>
        <translation>Usuario o buzón</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="63"/>
        <source>Both directions</source>
        <translation>Ambas direcciones</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="75"/>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="76"/>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="77"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="78"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="105"/>
        <source>More rows could not be read (scroll to try again): %1</source>
        <translation>No se pudieron leer más filas (desplácese para volver a intentarlo): %1</translation>
    </message>
    <message>
        <location filename="../ui/JournalPage.cpp" line="121"/>
        <source>The journal could not be read: %1</source>
        <translation>No se pudo leer el diario: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::KeychainSecretStore</name>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="27"/>
        <source>no %1 is stored in the keychain.</source>
        <translation>no hay nada guardado en el llavero para %1.</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="32"/>
        <source>the keychain refused access to the %1: %2</source>
        <translation>el llavero denegó el acceso a «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="38"/>
        <source>the keychain could not delete the %1: %2</source>
        <translation>el llavero no pudo eliminar «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="47"/>
        <source>no keychain is available (%1)</source>
        <translation>no hay ningún llavero disponible (%1)</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="102"/>
        <location filename="../core/config/KeychainSecretStore.cpp" line="123"/>
        <location filename="../core/config/KeychainSecretStore.cpp" line="143"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>el llavero no respondió en %1 s</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="159"/>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="161"/>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <location filename="../core/config/KeychainSecretStore.cpp" line="163"/>
        <source>Secret Service keychain</source>
        <translation>llavero de Secret Service</translation>
    </message>
</context>
<context>
    <name>cxsync::LayeredSecretStore</name>
    <message>
        <location filename="../core/config/LayeredSecretStore.cpp" line="24"/>
        <source>no %1 is set.</source>
        <translation>no se ha definido %1.</translation>
    </message>
    <message>
        <location filename="../core/config/LayeredSecretStore.cpp" line="40"/>
        <source>no keychain is configured</source>
        <translation>no hay ningún llavero configurado</translation>
    </message>
    <message>
        <location filename="../core/config/LayeredSecretStore.cpp" line="42"/>
        <source>no keychain is available</source>
        <translation>no hay ningún llavero disponible</translation>
    </message>
    <message>
        <location filename="../core/config/LayeredSecretStore.cpp" line="90"/>
        <source>%1 (some secrets for this session only)</source>
        <translation>%1 (algunos secretos solo para esta sesión)</translation>
    </message>
</context>
<context>
    <name>cxsync::ListenerTls</name>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="47"/>
        <location filename="../core/hooks/ListenerTls.cpp" line="51"/>
        <source>%1 is required when %2 is set (both or neither).</source>
        <translation>%1 es obligatorio cuando se define %2 (ambos o ninguno).</translation>
    </message>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="58"/>
        <source>The listener certificate %1 cannot be read (%2).</source>
        <translation>No se puede leer el certificado del receptor %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="63"/>
        <source>The listener key %1 cannot be read (%2).</source>
        <translation>No se puede leer la clave del receptor %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="70"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="77"/>
        <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>%1 no contiene ninguna clave privada PEM sin cifrar (RSA o EC).</translation>
    </message>
    <message>
        <location filename="../core/hooks/ListenerTls.cpp" line="80"/>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation>La clave privada de %1 no pertenece al certificado de %2.</translation>
    </message>
</context>
<context>
    <name>cxsync::LogCommand</name>
    <message>
        <location filename="../cli/LogCommand.cpp" line="19"/>
        <source>usage: cxsync log [--since DATE] [--user USER] [--json] [--limit N] | log export FILE.csv|FILE.json [--since DATE] [--user USER] | log prune</source>
        <translation>uso: cxsync log [--since DATE] [--user USER] [--json] [--limit N] | log export FILE.csv|FILE.json [--since DATE] [--user USER] | log prune</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="69"/>
        <source>The transaction log has no entries%1.</source>
        <translation>El registro de transacciones no tiene entradas%1.</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="70"/>
        <source> that match</source>
        <translation> que coincidan</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="81"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="85"/>
        <source>conflict: %1</source>
        <translation>conflicto: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/LogCommand.cpp" line="101"/>
        <source>Exported %n log entr(y/ies) to %1.</source>
        <translation>
            <numerusform>%n entrada del registro exportada a %1.</numerusform>
            <numerusform>%n entradas del registro exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="110"/>
        <source>%1 is not valid; see cxsync config validate</source>
        <translation>%1 no es válido; consulte cxsync config validate</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="114"/>
        <source>Removed %1 log entries older than %2 days.</source>
        <translation>Se eliminaron %1 entradas del registro de más de %2 días.</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="122"/>
        <source>Only entries of this user (CRM logon or mailbox).</source>
        <translation>Solo las entradas de este usuario (inicio de sesión de CRM o buzón).</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="125"/>
        <source>the transaction log: what was applied, when, with what result</source>
        <translation>el registro de transacciones: qué se aplicó, cuándo y con qué resultado</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="137"/>
        <source>At most N entries, the newest (default 100; 0: all).</source>
        <translation>Como máximo N entradas, las más recientes (predeterminado 100; 0: todas).</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="141"/>
        <source>FILE.csv or FILE.json</source>
        <translation>FILE.csv o FILE.json</translation>
    </message>
    <message>
        <location filename="../cli/LogCommand.cpp" line="146"/>
        <source>remove the entries older than log/retentionDays</source>
        <translation>elimina las entradas anteriores a log/retentionDays</translation>
    </message>
</context>
<context>
    <name>cxsync::LogPage</name>
    <message>
        <location filename="../ui/LogPage.cpp" line="21"/>
        <source>Export Transaction Log</source>
        <translation>Exportar registro de transacciones</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="23"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="31"/>
        <source>Any result</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="37"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="40"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LogPage.cpp" line="81"/>
        <source>%n entr(y/ies) match, newest first.</source>
        <translation>
            <numerusform>%n entrada coincide, la más reciente primero.</numerusform>
            <numerusform>%n entradas coinciden, las más recientes primero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/LogPage.cpp" line="93"/>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LogPage.cpp" line="96"/>
        <source>Exported %n log entr(y/ies) to %1.</source>
        <translation>
            <numerusform>%n entrada del registro exportada a %1.</numerusform>
            <numerusform>%n entradas del registro exportadas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxsync::MemorySecretStore</name>
    <message>
        <location filename="../core/config/MemorySecretStore.cpp" line="10"/>
        <source>no %1 is set.</source>
        <translation>no se ha definido %1.</translation>
    </message>
    <message>
        <location filename="../core/config/MemorySecretStore.h" line="19"/>
        <source>session memory (this session only)</source>
        <translation>memoria de sesión (solo esta sesión)</translation>
    </message>
</context>
<context>
    <name>cxsync::NotificationInbox</name>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="17"/>
        <source>The journal could not %1 a notification: %2</source>
        <translation>El diario no pudo %1 una notificación: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="26"/>
        <source>A notification needs a mailbox.</source>
        <translation>Una notificación necesita un buzón.</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="29"/>
        <source>A lifecycle notification, and only one, names its event.</source>
        <translation>Una notificación de ciclo de vida, y solo una, nombra su evento.</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="48"/>
        <source>store</source>
        <translation>guardar</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="58"/>
        <location filename="../core/hooks/NotificationInbox.cpp" line="124"/>
        <source>count</source>
        <translation>contar</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="60"/>
        <source>The journal neither stored nor matched a notification for %1.</source>
        <translation>El diario no guardó ni emparejó ninguna notificación para %1.</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="72"/>
        <source>read</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="83"/>
        <location filename="../core/hooks/NotificationInbox.cpp" line="88"/>
        <source>The journal could not read notification %1: %2</source>
        <translation>El diario no pudo leer la notificación %1: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.cpp" line="108"/>
        <source>complete</source>
        <translation>completar</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.h" line="25"/>
        <source>a notification kind</source>
        <translation>un tipo de notificación</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationInbox.h" line="39"/>
        <source>a lifecycle event</source>
        <translation>un evento de ciclo de vida</translation>
    </message>
</context>
<context>
    <name>cxsync::NotificationListener</name>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="67"/>
        <source>request refused with HTTP %1</source>
        <translation>solicitud rechazada con HTTP %1</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="67"/>
        <source>connection closed</source>
        <translation>conexión cerrada</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="87"/>
        <source>The listener cannot listen on %1 port %2 (in use, or not an address of this machine).</source>
        <translation>El receptor no puede escuchar en %1 puerto %2 (en uso, o no es una dirección de esta máquina).</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="91"/>
        <source>Listening for change notifications on %1://%2:%3%4</source>
        <translation>Escuchando notificaciones de cambios en %1://%2:%3%4</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="116"/>
        <source>Notification rejected: %1</source>
        <translation>Notificación rechazada: %1</translation>
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
            <numerusform>%n notificación o solicitud más rechazada en los últimos %1 s: %2</numerusform>
            <numerusform>%n notificaciones o solicitudes más rechazadas en los últimos %1 s: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="162"/>
        <source>the body is not a notification collection</source>
        <translation>el cuerpo no es una colección de notificaciones</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="164"/>
        <source>no &apos;value&apos; list</source>
        <translation>no hay ninguna lista «value»</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="172"/>
        <location filename="../core/hooks/NotificationListener.cpp" line="226"/>
        <source>wrong or missing clientState</source>
        <translation>clientState incorrecto o ausente</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="172"/>
        <source>subscription &apos;%1&apos;</source>
        <translation>suscripción «%1»</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="187"/>
        <source>unknown lifecycle event</source>
        <translation>evento de ciclo de vida desconocido</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="196"/>
        <source>unknown changeType</source>
        <translation>changeType desconocido</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="202"/>
        <source>no mailbox for the subscription</source>
        <translation>no hay ningún buzón para la suscripción</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="226"/>
        <source>an XML notification</source>
        <translation>una notificación XML</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="230"/>
        <source>an XML notification, which this Exchange server does not send</source>
        <translation>una notificación XML, que este servidor Exchange no envía</translation>
    </message>
    <message>
        <location filename="../core/hooks/NotificationListener.cpp" line="235"/>
        <source>an XML notification that could not be read</source>
        <translation>una notificación XML que no se pudo leer</translation>
    </message>
</context>
<context>
    <name>cxsync::NotifyCommand</name>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="23"/>
        <source>usage: cxsync notify test | notify digest</source>
        <translation>uso: cxsync notify test | notify digest</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="55"/>
        <source>server: %1</source>
        <translation>servidor: %1</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="56"/>
        <source>Test mail accepted by the server: %1</source>
        <translation>Correo de prueba aceptado por el servidor: %1</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="62"/>
        <source>%1 is not set: nobody to send the test mail to</source>
        <translation>%1 no está definido: no hay a quién enviar el correo de prueba</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="70"/>
        <source>Sending a test mail to %1 through %2:%3…</source>
        <translation>Enviando un correo de prueba a %1 a través de %2:%3…</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/NotifyCommand.cpp" line="90"/>
        <source>Digest of %n failure(s) sent: %1</source>
        <translation>
            <numerusform>Resumen de %n fallo enviado: %1</numerusform>
            <numerusform>Resumen de %n fallos enviado: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="95"/>
        <source>Nothing new to report.</source>
        <translation>Nada nuevo que informar.</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="99"/>
        <source>The last error mail was sent less than the interval ago; the next may go at %1.</source>
        <translation>El último correo de error se envió hace menos del intervalo; el siguiente puede salir a las %1.</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="113"/>
        <source>the error e-mail: a test mail, or the digest of new failures</source>
        <translation>el correo de error: un correo de prueba, o el resumen de los fallos nuevos</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="120"/>
        <source>send a test error mail now</source>
        <translation>envía ahora un correo de error de prueba</translation>
    </message>
    <message>
        <location filename="../cli/NotifyCommand.cpp" line="123"/>
        <source>send the error digest if one is due</source>
        <translation>envía el resumen de errores si corresponde</translation>
    </message>
</context>
<context>
    <name>cxsync::OwnerOnlyFile</name>
    <message>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="25"/>
        <source>cannot write &apos;%1&apos;: it is not a regular file (a FIFO, device, socket or folder); it was left as it is. Give the name of a file.</source>
        <translation>no se puede escribir «%1»: no es un archivo normal (un FIFO, un dispositivo, un socket o una carpeta); se dejó como estaba. Indique el nombre de un archivo.</translation>
    </message>
    <message>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="43"/>
        <source>cannot write &apos;%1&apos;: it is a symbolic link to &apos;%2&apos;, which does not exist.</source>
        <translation>no se puede escribir «%1»: es un enlace simbólico a «%2», que no existe.</translation>
    </message>
    <message>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="48"/>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="63"/>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="79"/>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="88"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>no se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="67"/>
        <location filename="../core/store/OwnerOnlyFile.cpp" line="83"/>
        <source>cannot restrict &apos;%1&apos; to its owner.</source>
        <translation>no se puede restringir «%1» a su propietario.</translation>
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
        <translation>el archivo de directiva «%1» es una carpeta.</translation>
    </message>
    <message>
        <location filename="../core/config/PolicySettings.cpp" line="46"/>
        <source>the policy file &apos;%1&apos; cannot be read by this user; policies must apply to every program that reads the settings (make it readable, e.g. mode 0644).</source>
        <translation>este usuario no puede leer el archivo de directiva «%1»; las directivas deben aplicarse a todos los programas que leen la configuración (hágalo legible, p. ej. modo 0644).</translation>
    </message>
    <message>
        <location filename="../core/config/PolicySettings.cpp" line="53"/>
        <source>the policy file &apos;%1&apos; is not a valid INI file.</source>
        <translation>el archivo de directiva «%1» no es un archivo INI válido.</translation>
    </message>
</context>
<context>
    <name>cxsync::Profile</name>
    <message>
        <location filename="../core/profile/Profile.cpp" line="29"/>
        <source>The profile was closed before its connections were ready.</source>
        <translation>El perfil se cerró antes de que sus conexiones estuvieran listas.</translation>
    </message>
    <message>
        <location filename="../core/profile/Profile.cpp" line="102"/>
        <source>The profile was closed before its journal was opened.</source>
        <translation>El perfil se cerró antes de abrir su diario.</translation>
    </message>
</context>
<context>
    <name>cxsync::QueueCommand</name>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="18"/>
        <source>usage: cxsync queue list [--json] [--state STATE[,STATE]] [--user USER] [--limit N] | queue show ID [--json] | queue retry ID | queue retry --all [--state STATE] [--user USER] | queue discard ID --yes | queue export FILE.xml|FILE.json|FILE.csv</source>
        <translation>uso: cxsync queue list [--json] [--state STATE[,STATE]] [--user USER] [--limit N] | queue show ID [--json] | queue retry ID | queue retry --all [--state STATE] [--user USER] | queue discard ID --yes | queue export FILE.xml|FILE.json|FILE.csv</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="28"/>
        <source>&apos;%1&apos; is not a failed message id (a number from `cxsync queue list`)</source>
        <translation>«%1» no es un id. de mensaje fallido (un número de `cxsync queue list`)</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="99"/>
        <source>No failed messages%1.</source>
        <translation>No hay mensajes fallidos%1.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="100"/>
        <source> match</source>
        <translation> que coincidan</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="104"/>
        <source>ID</source>
        <translation>Id.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="104"/>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="104"/>
        <source>LAST FAILURE</source>
        <translation>ÚLTIMO FALLO</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="105"/>
        <source>DIRECTION</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="105"/>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="106"/>
        <source>OPERATION</source>
        <translation>OPERACIÓN</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="106"/>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="107"/>
        <source>TRIES  SUBJECT  MESSAGE</source>
        <translation>INTENTOS  ASUNTO  MENSAJE</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="132"/>
        <source>%1 of %2 shown, newest failure first; `cxsync queue show ID` for details, --limit 0 for all.</source>
        <translation>%1 de %2 mostrados, el fallo más reciente primero; `cxsync queue show ID` para los detalles, --limit 0 para todos.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="156"/>
        <source>Failed message</source>
        <translation>Mensaje fallido</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="157"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="158"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="159"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="160"/>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="161"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="162"/>
        <source>CRM user</source>
        <translation>Usuario de CRM</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="163"/>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="164"/>
        <source>CRM item</source>
        <translation>Elemento de CRM</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="165"/>
        <source>Exchange item</source>
        <translation>Elemento de Exchange</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="166"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="167"/>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="168"/>
        <source>Server code</source>
        <translation>Código del servidor</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="169"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="170"/>
        <source>First failure</source>
        <translation>Primer fallo</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="171"/>
        <source>Last failure</source>
        <translation>Último fallo</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="173"/>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="174"/>
        <source>Change:</source>
        <translation>Cambio:</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="175"/>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="182"/>
        <source>  next %1</source>
        <translation>  siguiente %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/QueueCommand.cpp" line="197"/>
        <source>%n failed message(s) will be retried by the next `cxsync sync` or the running service.</source>
        <translation>
            <numerusform>%n mensaje fallido se reintentará en el próximo `cxsync sync` o por el servicio en ejecución.</numerusform>
            <numerusform>%n mensajes fallidos se reintentarán en el próximo `cxsync sync` o por el servicio en ejecución.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="208"/>
        <source>Failed message %1 will be retried by the next `cxsync sync` or the running service.</source>
        <translation>El mensaje fallido %1 se reintentará en el próximo `cxsync sync` o por el servicio en ejecución.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="220"/>
        <source>discarding message %1 means its change is never applied; repeat with --yes to confirm</source>
        <translation>descartar el mensaje %1 significa que su cambio nunca se aplica; repita con --yes para confirmar</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="223"/>
        <source>discarded by the administrator (cxsync queue discard)</source>
        <translation>descartado por el administrador (cxsync queue discard)</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="226"/>
        <source>Failed message %1 discarded; `cxsync queue retry %1` brings it back.</source>
        <translation>Mensaje fallido %1 descartado; `cxsync queue retry %1` lo recupera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/QueueCommand.cpp" line="236"/>
        <source>Exported %n failed message(s) to %1.</source>
        <translation>
            <numerusform>%n mensaje fallido exportado a %1.</numerusform>
            <numerusform>%n mensajes fallidos exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="244"/>
        <source>the failed messages: list, show, retry, discard and export them</source>
        <translation>los mensajes fallidos: listarlos, mostrarlos, reintentarlos, descartarlos y exportarlos</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="252"/>
        <source>Only this user&apos;s messages (CRM logon or mailbox).</source>
        <translation>Solo los mensajes de este usuario (inicio de sesión de CRM o buzón).</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="258"/>
        <source>failed messages, newest first (states: waiting, retrying, parked,
resolved, discarded)</source>
        <translation>mensajes fallidos, el más reciente primero (estados: waiting, retrying,
parked, resolved, discarded)</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="264"/>
        <source>At most N messages (default 50; 0: all).</source>
        <translation>Como máximo N mensajes (predeterminado 50; 0: todos).</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="268"/>
        <source>one failed message: the change, the error and every attempt</source>
        <translation>un mensaje fallido: el cambio, el error y cada intento</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="274"/>
        <source>retry at the next sync or service pass, even if parked</source>
        <translation>reintenta en la próxima sincronización o pasada del servicio, aunque esté
apartado</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="277"/>
        <source>Every message that matches --state, --user and --since.</source>
        <translation>Todos los mensajes que coinciden con --state, --user y --since.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="284"/>
        <source>give up a failed message (queue retry ID brings it back)</source>
        <translation>descarta un mensaje fallido (queue retry ID lo recupera)</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="285"/>
        <source>Confirm: the message&apos;s change is never applied.</source>
        <translation>Confirmar: el cambio del mensaje nunca se aplica.</translation>
    </message>
    <message>
        <location filename="../cli/QueueCommand.cpp" line="290"/>
        <source>FILE.xml (like the legacy Event Data file), FILE.json or FILE.csv</source>
        <translation>FILE.xml (como el antiguo archivo Event Data), FILE.json o FILE.csv</translation>
    </message>
</context>
<context>
    <name>cxsync::RepairCommand</name>
    <message>
        <location filename="../cli/RepairCommand.cpp" line="15"/>
        <source>check consistency, then repair what was found by the sync&apos;s own rules:
relink twins, drop dead links, re-push drift with the conflict policy, delete
our own duplicates (within the mass-delete safety share); never invites anyone</source>
        <translation>comprueba la coherencia y después repara lo encontrado con las reglas de la
propia sincronización: revincula gemelos, quita vínculos muertos, reenvía las
diferencias con la directiva de conflictos, elimina nuestros propios
duplicados (dentro de la cuota de seguridad de eliminación masiva); nunca
invita a nadie</translation>
    </message>
    <message>
        <location filename="../cli/RepairCommand.cpp" line="20"/>
        <source>Repair (without it nothing is written).</source>
        <translation>Reparar (sin esta opción no se escribe nada).</translation>
    </message>
    <message>
        <location filename="../cli/RepairCommand.cpp" line="21"/>
        <source>Only this user (CRM logon or mailbox).</source>
        <translation>Solo este usuario (inicio de sesión de CRM o buzón).</translation>
    </message>
    <message>
        <location filename="../cli/RepairCommand.cpp" line="29"/>
        <source>usage: cxsync repair --dry-run | --yes [--user USER]</source>
        <translation>uso: cxsync repair --dry-run | --yes [--user USER]</translation>
    </message>
</context>
<context>
    <name>cxsync::RotatingLogFile</name>
    <message>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="17"/>
        <source>the log file needs a path.</source>
        <translation>el archivo de registro necesita una ruta.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="20"/>
        <source>a log file of at most %1 bytes is too small (1024 or more).</source>
        <translation>un archivo de registro de como máximo %1 bytes es demasiado pequeño (1024 o más).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="23"/>
        <source>at least one old log file must be kept (asked: %1).</source>
        <translation>hay que conservar al menos un archivo de registro antiguo (se pidió: %1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="27"/>
        <source>cannot create the log folder &apos;%1&apos;.</source>
        <translation>no se puede crear la carpeta de registro «%1».</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="39"/>
        <location filename="../core/diagnostics/RotatingLogFile.cpp" line="71"/>
        <source>cannot write the log file &apos;%1&apos;: %2</source>
        <translation>no se puede escribir el archivo de registro «%1»: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::SandboxAdminClient</name>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="23"/>
        <source>&apos;%1&apos; is missing or not text</source>
        <translation>«%1» falta o no es texto</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="41"/>
        <source>&apos;subject&apos; is not text</source>
        <translation>«subject» no es texto</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="45"/>
        <source>&apos;start&apos; has no dateTime and timeZone</source>
        <translation>«start» no tiene dateTime ni timeZone</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="57"/>
        <source>&apos;%1&apos; is not text</source>
        <translation>«%1» no es texto</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="61"/>
        <source>&apos;Comm_UserId&apos; is neither a number nor text</source>
        <translation>«Comm_UserId» no es ni un número ni texto</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="78"/>
        <source>&apos;events&apos; is not a list</source>
        <translation>«events» no es una lista</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="81"/>
        <source>an event is not a JSON object</source>
        <translation>un evento no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="83"/>
        <source>an event of %1: %2</source>
        <translation>un evento de %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="140"/>
        <source>the sandbox&apos;s answer to POST %1: %2</source>
        <translation>la respuesta del entorno de prueba a POST %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="154"/>
        <source>the sandbox&apos;s answer to GET %1 has no &apos;value&apos; list</source>
        <translation>la respuesta del entorno de prueba a GET %1 no tiene ninguna lista «value»</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="160"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="164"/>
        <source>the sandbox&apos;s answer to GET %1, item %2: %3</source>
        <translation>la respuesta del entorno de prueba a GET %1, elemento %2: %3</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="192"/>
        <source>the sandbox&apos;s admin endpoint did not answer %1: %2</source>
        <translation>el punto de conexión de administración del entorno de prueba no respondió a %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="195"/>
        <source>the sandbox&apos;s answer to %1 is too large</source>
        <translation>la respuesta del entorno de prueba a %1 es demasiado grande</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="205"/>
        <source>the sandbox answered %1 with HTTP %2%3</source>
        <translation>el entorno de prueba respondió a %1 con HTTP %2%3</translation>
    </message>
    <message>
        <location filename="../cli/SandboxAdminClient.cpp" line="214"/>
        <source>the sandbox&apos;s answer to %1 is not a JSON object: %2</source>
        <translation>la respuesta del entorno de prueba a %1 no es un objeto JSON: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::SandboxProcess</name>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="42"/>
        <source>%1 did not report ready within %2 s</source>
        <translation>%1 no indicó que estuviera listo en %2 s</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="55"/>
        <source>cannot start %1: %2</source>
        <translation>no se puede iniciar %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="87"/>
        <source>the demo needs the %1 executable (the sandbox servers, which this program does not contain), found neither in %2 nor on PATH; the cxsync-demo package installs it beside cxsync, and in a source tree it is built with: cmake --build build --target %1</source>
        <translation>la demostración necesita el ejecutable %1 (los servidores de prueba, que este programa no contiene), que no se encontró ni en %2 ni en el PATH; el paquete cxsync-demo lo instala junto a cxsync, y en un árbol de código fuente se compila con: cmake --build build --target %1</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="90"/>
        <source> nor in </source>
        <translation> ni en </translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="150"/>
        <source>%1 printed no ready line (%2 bytes without a line end)</source>
        <translation>%1 no imprimió ninguna línea de «listo» (%2 bytes sin fin de línea)</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="174"/>
        <source>%1&apos;s ready line is not a JSON object: %2</source>
        <translation>la línea de «listo» de %1 no es un objeto JSON: %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="181"/>
        <source>%1&apos;s ready line has no loopback HTTP URL for &apos;%2&apos;</source>
        <translation>la línea de «listo» de %1 no tiene ninguna URL HTTP de bucle invertido para «%2»</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="185"/>
        <source>%1&apos;s ready line names no test mailbox</source>
        <translation>la línea de «listo» de %1 no nombra ningún buzón de prueba</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="189"/>
        <source>%1 reported ready but wrote no profile at %2</source>
        <translation>%1 indicó que estaba listo, pero no escribió ningún perfil en %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="194"/>
        <source>%1 reported ready but wrote no private (mode 0600) secrets file at %2</source>
        <translation>%1 indicó que estaba listo, pero no escribió ningún archivo de secretos privado (modo 0600) en %2</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="203"/>
        <source>(it wrote nothing on standard error)</source>
        <translation>(no escribió nada en la salida de error estándar)</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="221"/>
        <source>crashed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="221"/>
        <source>exited with code %1</source>
        <translation>terminó con el código %1</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="223"/>
        <source>%1 %2 before it was ready: %3</source>
        <translation>%1 %2 antes de estar listo: %3</translation>
    </message>
    <message>
        <location filename="../cli/SandboxProcess.cpp" line="226"/>
        <source>%1 (pid %2) %3: %4</source>
        <translation>%1 (pid %2) %3: %4</translation>
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
        <translation>Limite la aplicación a los buzones sincronizados (Exchange Online PowerShell), ya sea con una directiva de acceso a aplicaciones:
  New-ApplicationAccessPolicy -AppId %1 -PolicyScopeGroupId &lt;mail-enabled security group of the synchronized mailboxes&gt; -AccessRight RestrictAccess -Description &quot;CRM Exchange Sync&quot;
  Test-ApplicationAccessPolicy -Identity %2 -AppId %1   (debe indicar AccessCheckResult Denied)
o con RBAC para aplicaciones:
  New-ServicePrincipal -AppId %1 -ObjectId &lt;enterprise application object id&gt; -DisplayName &quot;CRM Exchange Sync&quot;
  New-ManagementScope -Name &quot;CRM Exchange Sync mailboxes&quot; -RecipientRestrictionFilter &quot;MemberOfGroup -eq &apos;&lt;distinguished name of the group&gt;&apos;&quot;
  New-ManagementRoleAssignment -App %1 -Role &quot;Application Calendars.ReadWrite&quot; -CustomResourceScope &quot;CRM Exchange Sync mailboxes&quot;
  Test-ServicePrincipalAuthorization -Identity %1 -Resource %2
  y quite del registro de la aplicación en Microsoft Entra el consentimiento de administrador de Calendars.ReadWrite para todo el inquilino. Los cambios pueden tardar hasta una hora en aplicarse.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="30"/>
        <source>Limit impersonation to the synchronized mailboxes (Exchange Management Shell):
  New-ManagementScope -Name &quot;CRM Exchange Sync mailboxes&quot; -RecipientRestrictionFilter &quot;MemberOfGroup -eq &apos;&lt;distinguished name of the group of synchronized mailboxes&gt;&apos;&quot;
  Get-ManagementRoleAssignment -Role ApplicationImpersonation -RoleAssignee %1 | Remove-ManagementRoleAssignment
  New-ManagementRoleAssignment -Name &quot;CRM Exchange Sync impersonation&quot; -Role ApplicationImpersonation -User %1 -CustomRecipientWriteScope &quot;CRM Exchange Sync mailboxes&quot;
Then %2 must answer ErrorImpersonateUserDenied.</source>
        <translation>Limite la suplantación a los buzones sincronizados (Exchange Management Shell):
  New-ManagementScope -Name &quot;CRM Exchange Sync mailboxes&quot; -RecipientRestrictionFilter &quot;MemberOfGroup -eq &apos;&lt;distinguished name of the group of synchronized mailboxes&gt;&apos;&quot;
  Get-ManagementRoleAssignment -Role ApplicationImpersonation -RoleAssignee %1 | Remove-ManagementRoleAssignment
  New-ManagementRoleAssignment -Name &quot;CRM Exchange Sync impersonation&quot; -Role ApplicationImpersonation -User %1 -CustomRecipientWriteScope &quot;CRM Exchange Sync mailboxes&quot;
Después, %2 debe responder ErrorImpersonateUserDenied.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="47"/>
        <source>the application can read %1, which is outside its scope: no application access policy or RBAC for Applications scope restricts it.</source>
        <translation>la aplicación puede leer %1, que está fuera de su ámbito: ninguna directiva de acceso a aplicaciones ni ningún ámbito de RBAC para aplicaciones la restringe.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="50"/>
        <source>the service account can act as %1, which is outside its scope: its impersonation right is not limited by a management scope.</source>
        <translation>la cuenta de servicio puede actuar como %1, que está fuera de su ámbito: su derecho de suplantación no está limitado por un ámbito de administración.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="54"/>
        <source>The application may read every mailbox in the organisation.</source>
        <translation>La aplicación puede leer todos los buzones de la organización.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="55"/>
        <source>The service account may impersonate every mailbox.</source>
        <translation>La cuenta de servicio puede suplantar todos los buzones.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="67"/>
        <source>access to %1 is denied (403 ErrorAccessDenied), as it should be: the application is limited to its mailboxes.</source>
        <translation>se deniega el acceso a %1 (403 ErrorAccessDenied), como debe ser: la aplicación está limitada a sus buzones.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="70"/>
        <source>acting as %1 is refused (%2), as it should be: impersonation is limited to a management scope.</source>
        <translation>se rechaza actuar como %1 (%2), como debe ser: la suplantación está limitada a un ámbito de administración.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="80"/>
        <source>the scope could not be checked: %1 is not a mailbox the server knows (%2).</source>
        <translation>no se pudo comprobar el ámbito: %1 no es un buzón que conozca el servidor (%2).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="83"/>
        <source>The out-of-scope mailbox %1 does not exist or has no mailbox.</source>
        <translation>El buzón fuera de ámbito %1 no existe o no tiene buzón.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="84"/>
        <source>Name an existing mailbox the application must not reach in Out-of-Scope Mailbox (Least-Privilege Check).</source>
        <translation>Indique en Buzón fuera de ámbito (comprobación de privilegio mínimo) un buzón existente al que la aplicación no deba llegar.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="87"/>
        <source>the scope could not be checked: reading %1 failed in an unexpected way: %2</source>
        <translation>no se pudo comprobar el ámbito: la lectura de %1 falló de forma inesperada: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="90"/>
        <source>The answer for %1 was neither a refusal nor the calendar.</source>
        <translation>La respuesta para %1 no fue ni un rechazo ni el calendario.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ScopeCheck.cpp" line="91"/>
        <source>Run Test Connection again; if it repeats, look at the server&apos;s answer above (Diagnostic Mode shows the full exchange).</source>
        <translation>Vuelva a ejecutar Probar conexión; si se repite, revise la respuesta del servidor arriba (el Modo de diagnóstico muestra el intercambio completo).</translation>
    </message>
</context>
<context>
    <name>cxsync::Secret</name>
    <message>
        <location filename="../core/config/Secret.cpp" line="54"/>
        <source>CRM user password</source>
        <translation>contraseña del usuario de CRM</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="56"/>
        <source>NT account password</source>
        <translation>contraseña de la cuenta NT</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="58"/>
        <source>Graph client secret</source>
        <translation>secreto de cliente de Graph</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="60"/>
        <source>certificate password</source>
        <translation>contraseña del certificado</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="62"/>
        <source>SMTP password</source>
        <translation>contraseña SMTP</translation>
    </message>
    <message>
        <location filename="../core/config/Secret.cpp" line="64"/>
        <source>listener client state</source>
        <translation>estado de cliente del receptor</translation>
    </message>
</context>
<context>
    <name>cxsync::SecretCommand</name>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="23"/>
        <source>store the profile&apos;s secrets in the keychain and tell where each comes from</source>
        <translation>guarda los secretos del perfil en el llavero e indica de dónde procede cada uno</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="40"/>
        <source>store a secret in the keychain; the value is read from stdin
(@SERVER: an additional Exchange server&apos;s client secret)</source>
        <translation>guarda un secreto en el llavero; el valor se lee de stdin (@SERVER: el secreto
de cliente de un servidor Exchange adicional)</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="44"/>
        <source>where each secret would come from (never its value)</source>
        <translation>de dónde procedería cada secreto (nunca su valor)</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="52"/>
        <source>usage: cxsync secret set NAME | cxsync secret status</source>
        <translation>uso: cxsync secret set NAME | cxsync secret status</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="62"/>
        <source>usage: cxsync secret set NAME (the value is read from standard input)</source>
        <translation>uso: cxsync secret set NAME (el valor se lee de la entrada estándar)</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="71"/>
        <source>unknown secret &apos;%1&apos;; see cxsync help secret for the names</source>
        <translation>secreto desconocido «%1»; consulte cxsync help secret para ver los nombres</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="75"/>
        <source>there is no additional Exchange server &apos;%1&apos; in %2 (set its exchangeServers/%1/... settings first)</source>
        <translation>no hay ningún servidor Exchange adicional «%1» en %2 (defina primero sus ajustes exchangeServers/%1/...)</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="82"/>
        <source>secret set reads the value from standard input; do not combine it with --password-stdin</source>
        <translation>secret set lee el valor de la entrada estándar; no lo combine con --password-stdin</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="93"/>
        <source>no value on standard input for %1</source>
        <translation>no hay ningún valor en la entrada estándar para %1</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="97"/>
        <source>the value for %1 has more than one line</source>
        <translation>el valor de %1 tiene más de una línea</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="101"/>
        <source>the value for %1 is longer than %2 bytes</source>
        <translation>el valor de %1 supera los %2 bytes</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="109"/>
        <source>the value for %1 is not valid UTF-8</source>
        <translation>el valor de %1 no es UTF-8 válido</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="122"/>
        <source>%1 was not stored: %2. Headless runs can use %3 or a --secrets-file instead.</source>
        <translation>%1 no se guardó: %2. Las ejecuciones sin interfaz pueden usar %3 o un --secrets-file en su lugar.</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="126"/>
        <source>%1 stored in the %2</source>
        <translation>Se guardó %1 en el %2</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="135"/>
        <source>usage: cxsync secret status</source>
        <translation>uso: cxsync secret status</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="184"/>
        <source>in the %1</source>
        <translation>en el %1</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="186"/>
        <source>not set</source>
        <translation>no definido</translation>
    </message>
    <message>
        <location filename="../cli/SecretCommand.cpp" line="188"/>
        <source>unknown: %1</source>
        <translation>desconocido: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::SecretsFile</name>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="32"/>
        <source>secrets file &apos;%1&apos; is larger than %2; a secrets file holds a few short name=value lines.</source>
        <translation>el archivo de secretos «%1» supera %2; un archivo de secretos contiene unas pocas líneas cortas nombre=valor.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="73"/>
        <location filename="../core/config/SecretsFile.cpp" line="126"/>
        <source>secrets file &apos;%1&apos; does not exist.</source>
        <translation>el archivo de secretos «%1» no existe.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="76"/>
        <location filename="../core/config/SecretsFile.cpp" line="112"/>
        <location filename="../core/config/SecretsFile.cpp" line="139"/>
        <source>cannot read secrets file &apos;%1&apos;: %2</source>
        <translation>no se puede leer el archivo de secretos «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="82"/>
        <source>cannot read secrets file &apos;%1&apos;.</source>
        <translation>no se puede leer el archivo de secretos «%1».</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="86"/>
        <location filename="../core/config/SecretsFile.cpp" line="130"/>
        <source>secrets file &apos;%1&apos; is not a regular file (a FIFO, device, socket or folder); give a file of name=value lines, mode 0600.</source>
        <translation>el archivo de secretos «%1» no es un archivo normal (un FIFO, un dispositivo, un socket o una carpeta); indique un archivo de líneas nombre=valor, con modo 0600.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="93"/>
        <source>secrets file &apos;%1&apos; is owned by user %2; it must be owned by the user running cxsync (%3) or by root: run chown.</source>
        <translation>el archivo de secretos «%1» pertenece al usuario %2; debe pertenecer al usuario que ejecuta cxsync (%3) o a root: ejecute chown.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="101"/>
        <source>secrets file &apos;%1&apos; may be read by other users; run: chmod 600 &apos;%1&apos;</source>
        <translation>otros usuarios pueden leer el archivo de secretos «%1»; ejecute: chmod 600 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="152"/>
        <source>%1 is larger than %2; secrets are a few short name=value lines.</source>
        <translation>%1 supera %2; los secretos son unas pocas líneas cortas nombre=valor.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="166"/>
        <source>%1 line %2: expected name=value.</source>
        <translation>%1 línea %2: se esperaba nombre=valor.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="174"/>
        <source>%1 line %2: secrets of additional Exchange servers (&apos;%3@%4&apos;) are not accepted here.</source>
        <translation>%1 línea %2: aquí no se aceptan secretos de servidores Exchange adicionales («%3@%4»).</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="181"/>
        <source>%1 line %2: %3</source>
        <translation>%1 línea %2: %3</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="187"/>
        <source>%1 line %2: unknown secret &apos;%3&apos;.</source>
        <translation>%1 línea %2: secreto desconocido «%3».</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="192"/>
        <source>%1 line %2: %3 is already given on line %4; give each secret once.</source>
        <translation>%1 línea %2: %3 ya se indicó en la línea %4; indique cada secreto una sola vez.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="202"/>
        <source>%1 line %2: there is no additional Exchange server &apos;%3&apos; in this profile; remove the line or add the server (exchangeServers/%3/...).</source>
        <translation>%1 línea %2: no hay ningún servidor Exchange adicional «%3» en este perfil; elimine la línea o añada el servidor (exchangeServers/%3/...).</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="212"/>
        <source>%1 line %2: the value of %3 is longer than %4 bytes.</source>
        <translation>%1 línea %2: el valor de %3 supera los %4 bytes.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="223"/>
        <source>%1 line %2: the value of %3 is not valid UTF-8.</source>
        <translation>%1 línea %2: el valor de %3 no es UTF-8 válido.</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="249"/>
        <source>cannot write secrets file &apos;%1&apos;: %2</source>
        <translation>no se puede escribir el archivo de secretos «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SecretsFile.cpp" line="267"/>
        <source>the value is longer than %1 bytes.</source>
        <translation>el valor supera los %1 bytes.</translation>
    </message>
</context>
<context>
    <name>cxsync::ServeCommand</name>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="74"/>
        <source>Stopping: finishing the write under way...</source>
        <translation>Deteniendo: terminando la escritura en curso...</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="80"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="137"/>
        <source>Sync of %1: %2</source>
        <translation>Sincronización de %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="149"/>
        <source>Service running; stop with Ctrl+C or SIGTERM.</source>
        <translation>Servicio en ejecución; deténgalo con Ctrl+C o SIGTERM.</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="164"/>
        <source>error e-mail is off: %1</source>
        <translation>el correo de error está desactivado: %1</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="167"/>
        <source>Error e-mail not sent (tried again at the next interval): %1</source>
        <translation>Correo de error no enviado (se reintentará en el siguiente intervalo): %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ServeCommand.cpp" line="170"/>
        <source>Error e-mail sent: %n new failure(s).</source>
        <translation>
            <numerusform>Correo de error enviado: %n fallo nuevo.</numerusform>
            <numerusform>Correo de error enviado: %n fallos nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="182"/>
        <source>the service: notification listener, subscriptions (renewed), a sync of
a mailbox on each notification and of everything every poll interval;
stops cleanly on SIGTERM / Ctrl+C</source>
        <translation>el servicio: receptor de notificaciones, suscripciones (renovadas), una
sincronización de un buzón en cada notificación y de todo en cada intervalo de
sondeo; se detiene limpiamente con SIGTERM / Ctrl+C</translation>
    </message>
    <message>
        <location filename="../cli/ServeCommand.cpp" line="192"/>
        <source>usage: cxsync serve</source>
        <translation>uso: cxsync serve</translation>
    </message>
</context>
<context>
    <name>cxsync::ServiceCommand</name>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="136"/>
        <source>The service stopped with exit code %1 (2: invalid settings, see `cxsync config validate`; 1: the operation failed, see %2).</source>
        <translation>El servicio se detuvo con el código de salida %1 (2: configuración no válida, consulte `cxsync config validate`; 1: la operación falló, consulte %2).</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="139"/>
        <source>the log file</source>
        <translation>el archivo de registro</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="152"/>
        <source>&apos;cxsync service run&apos; is started by the Service Control Manager (services.msc, &apos;sc start cxsync&apos;); in a console use &apos;cxsync serve&apos;.</source>
        <translation>«cxsync service run» lo inicia el Administrador de control de servicios (services.msc, «sc start cxsync»); en una consola use «cxsync serve».</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="157"/>
        <source>cannot connect to the Service Control Manager: %1</source>
        <translation>no se puede conectar con el Administrador de control de servicios: %1</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="217"/>
        <source>installing or removing the service needs an elevated prompt (Run as administrator).</source>
        <translation>instalar o quitar el servicio requiere un símbolo del sistema elevado (Ejecutar como administrador).</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="220"/>
        <source>the service cxsync is already installed; &apos;cxsync service uninstall&apos; removes it.</source>
        <translation>el servicio cxsync ya está instalado; «cxsync service uninstall» lo quita.</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="223"/>
        <source>the service cxsync is not installed.</source>
        <translation>el servicio cxsync no está instalado.</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="236"/>
        <source>Windows only: cxsync serve as the Windows service cxsync. Subcommands:
run (for the Service Control Manager), install [--config FILE]
[--secrets-file FILE], configure (delayed start and recovery, as install
sets them), uninstall. On Linux the systemd unit cxsync.service does this.</source>
        <translation>Solo Windows: cxsync serve como el servicio de Windows cxsync. Subcomandos:
run (para el Administrador de control de servicios), install [--config FILE]
[--secrets-file FILE], configure (inicio retrasado y recuperación, como los
define install), uninstall. En Linux, la unidad de systemd cxsync.service lo
hace.</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="250"/>
        <source>&apos;cxsync service&apos; is for Windows only; on Linux the systemd unit cxsync.service runs cxsync serve (systemctl enable --now cxsync).</source>
        <translation>«cxsync service» es solo para Windows; en Linux, la unidad de systemd cxsync.service ejecuta cxsync serve (systemctl enable --now cxsync).</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="253"/>
        <source>usage: cxsync service run|install|configure|uninstall</source>
        <translation>uso: cxsync service run|install|configure|uninstall</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="276"/>
        <source>Synchronizes CRM appointments with Exchange calendars: notifications, retries and the error e-mail (cxsync serve).</source>
        <translation>Sincroniza las citas del CRM con los calendarios de Exchange: notificaciones, reintentos y el correo de error (cxsync serve).</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="291"/>
        <source>Installed the service cxsync (account NT SERVICE\cxsync, delayed automatic start): %1</source>
        <translation>Servicio cxsync instalado (cuenta NT SERVICE\cxsync, inicio automático retrasado): %1</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="295"/>
        <source>Start it with &apos;sc start cxsync&apos; or in services.msc.</source>
        <translation>Inícielo con «sc start cxsync» o en services.msc.</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="304"/>
        <source>The service cxsync starts delayed and restarts after failures.</source>
        <translation>El servicio cxsync se inicia de forma retrasada y se reinicia tras los fallos.</translation>
    </message>
    <message>
        <location filename="../cli/ServiceCommand.cpp" line="313"/>
        <source>Removed the service cxsync; its settings and data are kept.</source>
        <translation>Servicio cxsync quitado; se conservan su configuración y sus datos.</translation>
    </message>
</context>
<context>
    <name>cxsync::ServiceControl</name>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="71"/>
        <location filename="../core/service/ServiceControl.cpp" line="292"/>
        <source>The service was started.</source>
        <translation>Se inició el servicio.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="74"/>
        <location filename="../core/service/ServiceControl.cpp" line="291"/>
        <source>The service was stopped.</source>
        <translation>Se detuvo el servicio.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="77"/>
        <location filename="../core/service/ServiceControl.cpp" line="293"/>
        <source>The service was restarted.</source>
        <translation>Se reinició el servicio.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="87"/>
        <source>systemd does not run on this machine (a container or a system without systemd), so the service cannot be controlled from here. Run &apos;cxsync serve&apos; under the supervisor this machine uses.</source>
        <translation>systemd no se ejecuta en esta máquina (un contenedor o un sistema sin systemd), así que el servicio no se puede controlar desde aquí. Ejecute «cxsync serve» con el supervisor que use esta máquina.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="92"/>
        <source>The service %1 is not installed on this machine: install the cxsync package (it brings the unit), then try again.</source>
        <translation>El servicio %1 no está instalado en esta máquina: instale el paquete cxsync (incluye la unidad) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="98"/>
        <source>You may not control system services as this user. Run &apos;%1&apos; in a terminal, or start the panel as an administrator.</source>
        <translation>Este usuario no puede controlar los servicios del sistema. Ejecute «%1» en un terminal, o inicie el panel como administrador.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="105"/>
        <source>The service did not start (systemctl exit code %1). Its last log lines below say why.</source>
        <translation>El servicio no se inició (código de salida de systemctl %1). Sus últimas líneas de registro, abajo, indican el motivo.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="110"/>
        <source>The service did not stop (systemctl exit code %1).</source>
        <translation>El servicio no se detuvo (código de salida de systemctl %1).</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="113"/>
        <source>The service did not restart (systemctl exit code %1). Its last log lines below say why.</source>
        <translation>El servicio no se reinició (código de salida de systemctl %1). Sus últimas líneas de registro, abajo, indican el motivo.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="174"/>
        <location filename="../core/service/ServiceControl.cpp" line="320"/>
        <source>Another service operation is still under way.</source>
        <translation>Todavía hay otra operación del servicio en curso.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="185"/>
        <source>&apos;%1&apos; cannot be run here, so the service cannot be controlled from the panel.</source>
        <translation>No se puede ejecutar «%1» aquí, así que el servicio no se puede controlar desde el panel.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="192"/>
        <source>Stopped waiting. systemd may still complete the %1 it was asked for; Refresh shows the state.</source>
        <translation>Se dejó de esperar. Puede que systemd aún complete la operación %1 que se le pidió; Actualizar muestra el estado.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="213"/>
        <source>&apos;systemctl&apos; cannot be run here, so the service&apos;s state is not known.</source>
        <translation>No se puede ejecutar «systemctl» aquí, así que se desconoce el estado del servicio.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="226"/>
        <source>systemctl gave no LoadState for %1.</source>
        <translation>systemctl no dio ningún LoadState para %1.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="250"/>
        <source>&apos;%1&apos; cannot be run here, so the service&apos;s log cannot be shown.</source>
        <translation>No se puede ejecutar «%1» aquí, así que no se puede mostrar el registro del servicio.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="255"/>
        <source>The system journal cannot be read: %1</source>
        <translation>No se puede leer el diario del sistema: %1</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="265"/>
        <source>This machine has no system journal (systemd&apos;s journal does not run here), so there are no service log lines to show.</source>
        <translation>Esta máquina no tiene diario del sistema (el diario de systemd no se ejecuta aquí), así que no hay líneas de registro del servicio que mostrar.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="271"/>
        <source>This user may not read the service&apos;s log lines: members of the groups &apos;adm&apos; or &apos;systemd-journal&apos; may (&apos;journalctl -u %1&apos; as root shows them).</source>
        <translation>Este usuario no puede leer las líneas de registro del servicio: los miembros de los grupos «adm» o «systemd-journal» sí pueden («journalctl -u %1» como root las muestra).</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="297"/>
        <source>You may not control Windows services as this user. Start the panel as an administrator (Run as administrator), or use &apos;sc %1 cxsync&apos; in an elevated prompt.</source>
        <translation>Este usuario no puede controlar los servicios de Windows. Inicie el panel como administrador (Ejecutar como administrador), o use «sc %1 cxsync» en un símbolo del sistema elevado.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="304"/>
        <source>The service cxsync is not installed on this machine: run the installer (or &apos;cxsync service install&apos;), then try again.</source>
        <translation>El servicio cxsync no está instalado en esta máquina: ejecute el instalador (o «cxsync service install») y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="309"/>
        <source>The Service Control Manager answered: %1</source>
        <translation>El Administrador de control de servicios respondió: %1</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="350"/>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="357"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="357"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="357"/>
        <source>changing state</source>
        <translation>cambiando de estado</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.cpp" line="366"/>
        <source>The service&apos;s log %1 cannot be read: %2</source>
        <translation>No se puede leer el registro del servicio %1: %2</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceControl.h" line="36"/>
        <source>a service control outcome</source>
        <translation>un resultado de control del servicio</translation>
    </message>
</context>
<context>
    <name>cxsync::ServicePage</name>
    <message>
        <location filename="../ui/ServicePage.cpp" line="52"/>
        <source>Service (cxsync serve)</source>
        <translation>Servicio (cxsync serve)</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="65"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="66"/>
        <source>Listening</source>
        <translation>Escucha</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="67"/>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="70"/>
        <source>Service Manager</source>
        <translation>Administrador de servicios</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="78"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="80"/>
        <source>S&amp;top...</source>
        <translation>&amp;Detener...</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="82"/>
        <source>R&amp;estart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="84"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="104"/>
        <source>The service&apos;s last log lines appear here.</source>
        <translation>Aquí aparecen las últimas líneas de registro del servicio.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="105"/>
        <source>Last log lines</source>
        <translation>Últimas líneas de registro</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="109"/>
        <source>Change Subscriptions (Install Scripts)</source>
        <translation>Suscripciones de cambios (Instalar scripts)</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="113"/>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="113"/>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="113"/>
        <source>Renewal due</source>
        <translation>Renovación prevista</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="113"/>
        <source>Health</source>
        <translation>Estado de salud</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="113"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="128"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="141"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="167"/>
        <source>Stop the service? Until it runs again, changes are not synchronised, push notifications are not received and failed messages are not retried.</source>
        <translation>¿Detener el servicio? Hasta que vuelva a ejecutarse, los cambios no se sincronizan, no se reciben notificaciones push y no se reintentan los mensajes fallidos.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="194"/>
        <source>Starting the service...</source>
        <translation>Iniciando el servicio...</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="195"/>
        <source>Stopping the service...</source>
        <translation>Deteniendo el servicio...</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="196"/>
        <source>Restarting the service...</source>
        <translation>Reiniciando el servicio...</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="203"/>
        <source>The service manager said: %1</source>
        <translation>El administrador de servicios respondió: %1</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="221"/>
        <source>The service %1 is not installed on this machine.</source>
        <translation>El servicio %1 no está instalado en esta máquina.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="224"/>
        <source>Installed, starts with the machine; now %1.</source>
        <translation>Instalado, se inicia con la máquina; ahora %1.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="225"/>
        <source>Installed, does not start with the machine; now %1.</source>
        <translation>Instalado, no se inicia con la máquina; ahora %1.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="237"/>
        <source>The service has not logged anything yet.</source>
        <translation>El servicio todavía no ha registrado nada.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="258"/>
        <source>Not running: the service has never run on this journal. Start it with &apos;cxsync serve&apos; (or its system service).</source>
        <translation>Detenido: el servicio nunca se ha ejecutado con este diario. Inícielo con «cxsync serve» (o su servicio del sistema).</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="264"/>
        <source>Running on %1 (process %2) since %3; last heartbeat %4 ago.</source>
        <translation>En ejecución en %1 (proceso %2) desde %3; última señal de actividad hace %4.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="271"/>
        <source>Not running: stopped on %1 at %2.</source>
        <translation>Detenido: se detuvo en %1 a las %2.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="277"/>
        <source>Not running: the last heartbeat from %1 (process %2) was %3 ago, more than twice the poll interval (%4). It did not stop cleanly: it crashed, was killed or hangs.</source>
        <translation>Detenido: la última señal de actividad de %1 (proceso %2) fue hace %3, más del doble del intervalo de sondeo (%4). No se detuvo limpiamente: falló, se terminó a la fuerza o está bloqueado.</translation>
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
        <translation>Sin escucha: el push no está configurado, los cambios se detectan por sondeo cada %1.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="297"/>
        <source>%1 (public URL: %2)</source>
        <translation>%1 (URL pública: %2)</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="299"/>
        <source>None yet.</source>
        <translation>Ninguna todavía.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="301"/>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="310"/>
        <source>No change subscriptions: Install Scripts (Actions) creates them.</source>
        <translation>No hay suscripciones de cambios: Instalar scripts (Acciones) las crea.</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="317"/>
        <source>The journal cannot be read: %1</source>
        <translation>No se puede leer el diario: %1</translation>
    </message>
    <message>
        <location filename="../ui/ServicePage.cpp" line="361"/>
        <source>No change subscriptions: Install Scripts (Actions) creates them; until then changes are found by polling.</source>
        <translation>No hay suscripciones de cambios: Instalar scripts (Acciones) las crea; hasta entonces, los cambios se detectan por sondeo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ServicePage.cpp" line="364"/>
        <source>%n subscription(s): %1 healthy, %2 expiring, %3 failed.</source>
        <translation>
            <numerusform>%n suscripción: %1 en buen estado, %2 a punto de caducar, %3 con error.</numerusform>
            <numerusform>%n suscripciones: %1 en buen estado, %2 a punto de caducar, %3 con error.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxsync::ServiceState</name>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="34"/>
        <source>The journal could not record the service&apos;s %1: %2</source>
        <translation>El diario no pudo registrar el %1 del servicio: %2</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="67"/>
        <source>%1: failed: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="72"/>
        <source>%1: %2 change(s) written, %3 failed, %4 ms</source>
        <translation>%1: %2 cambio(s) escrito(s), %3 con error, %4 ms</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="78"/>
        <source> (stopped early)</source>
        <translation> (detenido antes de tiempo)</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.cpp" line="108"/>
        <source>The journal could not read the service&apos;s heartbeat: %1</source>
        <translation>El diario no pudo leer la señal de actividad del servicio: %1</translation>
    </message>
    <message>
        <location filename="../core/service/ServiceState.h" line="50"/>
        <source>a service state</source>
        <translation>un estado del servicio</translation>
    </message>
</context>
<context>
    <name>cxsync::Settings</name>
    <message>
        <location filename="../core/config/Settings.cpp" line="80"/>
        <source>--config &apos;%1&apos; is a folder, not a settings file.</source>
        <translation>--config «%1» es una carpeta, no un archivo de configuración.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="85"/>
        <source>the settings file &apos;%1&apos; cannot be read by this user; for the service it must be readable by the account cxsync (mode 0644 in /etc/cxsync).</source>
        <translation>este usuario no puede leer el archivo de configuración «%1»; para el servicio debe poder leerlo la cuenta cxsync (modo 0644 en /etc/cxsync).</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="93"/>
        <source>the settings file &apos;%1&apos; is not a valid INI file.</source>
        <translation>el archivo de configuración «%1» no es un archivo INI válido.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="189"/>
        <source>there is no additional Exchange server &apos;%1&apos;.</source>
        <translation>no hay ningún servidor Exchange adicional «%1».</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="210"/>
        <source>Exchange server %1 is %2, the primary Exchange server: each server or tenant may be configured once.</source>
        <translation>el servidor Exchange %1 es %2, el servidor Exchange principal: cada servidor o inquilino solo puede configurarse una vez.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="213"/>
        <source>Exchange servers %1 and %2 are both %3: each server or tenant may be configured once.</source>
        <translation>los servidores Exchange %1 y %2 son ambos %3: cada servidor o inquilino solo puede configurarse una vez.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="259"/>
        <source>unknown setting &apos;%1&apos; in %2 (misspelled?).</source>
        <translation>ajuste desconocido «%1» en %2 (¿mal escrito?).</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="262"/>
        <source>unknown setting &apos;%1&apos; in the policy %2 (misspelled?).</source>
        <translation>ajuste desconocido «%1» en la directiva %2 (¿mal escrito?).</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="271"/>
        <source>&apos;%1&apos; is managed by the program and cannot be set.</source>
        <translation>«%1» lo gestiona el programa y no se puede definir.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="276"/>
        <source>unknown setting &apos;%1&apos;; `cxsync config show` lists them.</source>
        <translation>ajuste desconocido «%1»; `cxsync config show` los muestra.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="279"/>
        <source>&apos;%1&apos; is managed by policy (%2) and cannot be changed here; its value comes from the policy.</source>
        <translation>«%1» está gestionado por una directiva (%2) y no se puede cambiar aquí; su valor procede de la directiva.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="290"/>
        <location filename="../core/config/Settings.cpp" line="354"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="318"/>
        <source>the primary Exchange server is %1, which additional Exchange server %2 already is: each server or tenant may be configured once.</source>
        <translation>el servidor Exchange principal es %1, que ya es el servidor Exchange adicional %2: cada servidor o inquilino solo puede configurarse una vez.</translation>
    </message>
    <message>
        <location filename="../core/config/Settings.cpp" line="369"/>
        <source>cannot write settings to &apos;%1&apos; (check the folder exists and is writable).</source>
        <translation>no se puede escribir la configuración en «%1» (compruebe que la carpeta existe y admite escritura).</translation>
    </message>
</context>
<context>
    <name>cxsync::SettingsSchema</name>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="98"/>
        <source>Which Server Are You On</source>
        <translation>En qué servidor está</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="99"/>
        <source>CRM Server</source>
        <translation>Servidor CRM</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="100"/>
        <source>CRM Path</source>
        <translation>Ruta de CRM</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="102"/>
        <source>CRM User For Synchronization</source>
        <translation>Usuario de CRM para la sincronización</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="103"/>
        <source>CRM REST URL</source>
        <translation>URL REST de CRM</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="105"/>
        <source>Exchange Kind</source>
        <translation>Tipo de Exchange</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="107"/>
        <source>Primary Exchange Server</source>
        <translation>Servidor Exchange principal</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="109"/>
        <source>Exchange Account</source>
        <translation>Cuenta de Exchange</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="111"/>
        <source>CRM Server Time Zone</source>
        <translation>Zona horaria del servidor CRM</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="113"/>
        <source>Email Address To Notify When An Error Occurs</source>
        <translation>Dirección de correo a la que avisar cuando se produce un error</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="115"/>
        <source>Failed Messages Store Path</source>
        <translation>Ruta de almacenamiento de mensajes fallidos</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="117"/>
        <source>NT Domain\Account For Exchange Access</source>
        <translation>Dominio\cuenta NT para el acceso a Exchange</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="118"/>
        <source>Copy Reminders</source>
        <translation>Copiar recordatorios</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="119"/>
        <source>Diagnostic Mode</source>
        <translation>Modo de diagnóstico</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="126"/>
        <source>Logging Level</source>
        <translation>Nivel de registro</translation>
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
        <translation>Crear usuarios de CRM</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="134"/>
        <source>Tenant (Directory) ID</source>
        <translation>Id. de directorio (inquilino)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="136"/>
        <source>Application (Client) ID</source>
        <translation>Id. de aplicación (cliente)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="138"/>
        <source>Client Credential</source>
        <translation>Credencial de cliente</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="140"/>
        <source>Certificate File</source>
        <translation>Archivo de certificado</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="142"/>
        <source>Sign-in Authority URL</source>
        <translation>URL de la autoridad de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="144"/>
        <source>Microsoft Graph URL</source>
        <translation>URL de Microsoft Graph</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="146"/>
        <source>EWS URL</source>
        <translation>URL de EWS</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="147"/>
        <source>Use Impersonation</source>
        <translation>Usar suplantación</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="149"/>
        <source>Poll Interval (Seconds)</source>
        <translation>Intervalo de sondeo (segundos)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="151"/>
        <source>Sync Window: Past Days</source>
        <translation>Ventana de sincronización: días pasados</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="153"/>
        <source>Sync Window: Future Days</source>
        <translation>Ventana de sincronización: días futuros</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="158"/>
        <source>Conflicts: Which Side Wins</source>
        <translation>Conflictos: qué lado gana</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="160"/>
        <source>Safety Stop: Deletes Above (% of a Mailbox)</source>
        <translation>Parada de seguridad: eliminaciones por encima de (% de un buzón)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="166"/>
        <source>CRM Poll Interval (seconds)</source>
        <translation>Intervalo de sondeo del CRM (segundos)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="168"/>
        <source>Mailboxes Synchronized at Once</source>
        <translation>Buzones sincronizados a la vez</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="169"/>
        <source>SMTP Server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="170"/>
        <source>SMTP Port</source>
        <translation>Puerto SMTP</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="172"/>
        <source>SMTP Encryption</source>
        <translation>Cifrado SMTP</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="173"/>
        <source>SMTP Sender Address</source>
        <translation>Dirección del remitente SMTP</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="174"/>
        <source>SMTP User</source>
        <translation>Usuario SMTP</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="176"/>
        <source>Listener Bind Address</source>
        <translation>Dirección de escucha del receptor</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="179"/>
        <source>Listener Port</source>
        <translation>Puerto del receptor</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="181"/>
        <source>Listener Public URL</source>
        <translation>URL pública del receptor</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="185"/>
        <source>Listener TLS Certificate (PEM)</source>
        <translation>Certificado TLS del receptor (PEM)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="187"/>
        <source>Listener TLS Private Key (PEM)</source>
        <translation>Clave privada TLS del receptor (PEM)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="188"/>
        <source>Data Directory</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="190"/>
        <source>Extra Trusted CA Certificates (PEM)</source>
        <translation>Certificados de CA de confianza adicionales (PEM)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="192"/>
        <source>Pinned Server Certificate (SHA-256)</source>
        <translation>Certificado de servidor fijado (SHA-256)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="196"/>
        <source>Failed Messages: First Retry After (Seconds)</source>
        <translation>Mensajes fallidos: primer reintento tras (segundos)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="198"/>
        <source>Failed Messages: Longest Retry Interval (Seconds)</source>
        <translation>Mensajes fallidos: intervalo máximo entre reintentos (segundos)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="200"/>
        <source>Failed Messages: Attempts Before Parking</source>
        <translation>Mensajes fallidos: intentos antes de apartar</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="202"/>
        <source>Error E-mail: At Most One Every (Minutes)</source>
        <translation>Correo de error: como máximo uno cada (minutos)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="204"/>
        <source>Transaction Log: Keep (Days)</source>
        <translation>Registro de transacciones: conservar (días)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="205"/>
        <source>Canary CRM User</source>
        <translation>Usuario de CRM testigo</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="206"/>
        <source>Canary Mailbox</source>
        <translation>Buzón testigo</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="208"/>
        <source>Canary: Every (Minutes)</source>
        <translation>Testigo: cada (minutos)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="210"/>
        <source>Canary: Late After (Seconds)</source>
        <translation>Testigo: con retraso tras (segundos)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="212"/>
        <source>Out-of-Scope Mailbox (Least-Privilege Check)</source>
        <translation>Buzón fuera de ámbito (comprobación de privilegio mínimo)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="248"/>
        <source>the value is %1 characters long; at most %2 are allowed.</source>
        <translation>el valor tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="258"/>
        <source>the part before @ is %1 characters long; at most 64 are allowed.</source>
        <translation>la parte anterior a @ tiene %1 caracteres; se permiten como máximo 64.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="278"/>
        <source>the value is not valid UTF-8 text (it contains U+FFFD, which stands for bytes that were not UTF-8); type it again.</source>
        <translation>el valor no es texto UTF-8 válido (contiene U+FFFD, que sustituye bytes que no eran UTF-8); vuelva a escribirlo.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="283"/>
        <source>the value contains control characters (U+%1), such as a line break or a tab.</source>
        <translation>el valor contiene caracteres de control (U+%1), como un salto de línea o un tabulador.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="292"/>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>«%1» no es uno de: %2.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="303"/>
        <source>&apos;%1&apos; is not a host name (letters, digits, dots and hyphens, optionally :port).</source>
        <translation>«%1» no es un nombre de host (letras, dígitos, puntos y guiones, opcionalmente :puerto).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="309"/>
        <source>port %1 is out of range (1 to 65535).</source>
        <translation>el puerto %1 está fuera de rango (1 a 65535).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="316"/>
        <source>&apos;%1&apos; is not an install name: type the name only, such as CRM, without slashes or spaces.</source>
        <translation>«%1» no es un nombre de instalación: escriba solo el nombre, como CRM, sin barras ni espacios.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="321"/>
        <source>the logon id has leading or trailing spaces or control characters.</source>
        <translation>el id. de inicio de sesión tiene espacios o caracteres de control al principio o al final.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="325"/>
        <source>&apos;%1&apos; is neither a mailbox alias nor an e-mail address.</source>
        <translation>«%1» no es ni un alias de buzón ni una dirección de correo.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="331"/>
        <source>&apos;%1&apos; is not an e-mail address (name@example.com).</source>
        <translation>«%1» no es una dirección de correo (nombre@example.com).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="338"/>
        <source>&apos;%1&apos; is not an http(s) URL with a host.</source>
        <translation>«%1» no es una URL http(s) con un host.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="340"/>
        <source>&apos;%1&apos; must use https; plain http is accepted only for 127.0.0.1 and localhost.</source>
        <translation>«%1» debe usar https; el http simple solo se acepta para 127.0.0.1 y localhost.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="353"/>
        <location filename="../core/config/SettingsSchema.cpp" line="357"/>
        <source>&apos;%1&apos; is not an absolute path.</source>
        <translation>«%1» no es una ruta absoluta.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="360"/>
        <source>file &apos;%1&apos; does not exist.</source>
        <translation>el archivo «%1» no existe.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="362"/>
        <source>&apos;%1&apos; is not a readable file.</source>
        <translation>«%1» no es un archivo legible.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="367"/>
        <source>&apos;%1&apos; is not of the form DOMAIN\account or account@domain.</source>
        <translation>«%1» no tiene la forma DOMINIO\cuenta o cuenta@dominio.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="371"/>
        <source>&apos;%1&apos; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</source>
        <translation>«%1» no es un GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="375"/>
        <source>&apos;%1&apos; is neither a tenant GUID nor a domain such as contoso.onmicrosoft.com.</source>
        <translation>«%1» no es ni un GUID de inquilino ni un dominio como contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="383"/>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed).</source>
        <translation>«%1» no es una huella SHA-256 (64 dígitos hexadecimales, se admiten dos puntos).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="389"/>
        <source>&apos;%1&apos; is not an IP address (such as 127.0.0.1, 0.0.0.0 or ::).</source>
        <translation>«%1» no es una dirección IP (como 127.0.0.1, 0.0.0.0 o ::).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="420"/>
        <source>%1 (Exchange server %2)</source>
        <translation>%1 (servidor Exchange %2)</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="457"/>
        <source>&apos;%1&apos; is not a server name: use 1 to 32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>«%1» no es un nombre de servidor: use de 1 a 32 letras, dígitos, «-» o «_».</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="465"/>
        <source>unknown setting &apos;%1&apos;.</source>
        <translation>ajuste desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="480"/>
        <source>%1: &apos;%2&apos; is not true or false.</source>
        <translation>%1: «%2» no es true ni false.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="488"/>
        <source>%1: &apos;%2&apos; is not a whole number.</source>
        <translation>%1: «%2» no es un número entero.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="495"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="504"/>
        <source>expected true or false.</source>
        <translation>se esperaba true o false.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="508"/>
        <source>expected a whole number.</source>
        <translation>se esperaba un número entero.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="511"/>
        <source>%1 is out of range (%2 to %3).</source>
        <translation>%1 está fuera de rango (%2 a %3).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsSchema.cpp" line="516"/>
        <source>expected text.</source>
        <translation>se esperaba texto.</translation>
    </message>
</context>
<context>
    <name>cxsync::SettingsValidator</name>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="28"/>
        <location filename="../core/config/SettingsValidator.cpp" line="118"/>
        <source>%1 is required %2.</source>
        <translation>%1 es obligatorio %2.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="33"/>
        <source>%1 must be a mailbox the application should not reach, not the Exchange Account.</source>
        <translation>%1 debe ser un buzón al que la aplicación no deba llegar, no la Cuenta de Exchange.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="37"/>
        <location filename="../core/config/SettingsValidator.cpp" line="38"/>
        <source>for Exchange Online</source>
        <translation>para Exchange Online</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="40"/>
        <source>when the client credential is a certificate</source>
        <translation>cuando la credencial de cliente es un certificado</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="43"/>
        <source>Exchange Account must be the mailbox&apos;s e-mail address (user principal name) for Exchange Online.</source>
        <translation>La Cuenta de Exchange debe ser la dirección de correo del buzón (nombre principal de usuario) para Exchange Online.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="48"/>
        <source>Primary Exchange Server (or an EWS URL) is required for on-premises Exchange.</source>
        <translation>El Servidor Exchange principal (o una URL de EWS) es obligatorio para Exchange local.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="49"/>
        <source>for on-premises Exchange</source>
        <translation>para Exchange local</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="65"/>
        <location filename="../core/config/SettingsValidator.cpp" line="98"/>
        <location filename="../core/config/SettingsValidator.cpp" line="128"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="70"/>
        <source>unknown setting &apos;%1&apos; for an Exchange server.</source>
        <translation>ajuste desconocido «%1» para un servidor Exchange.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="76"/>
        <location filename="../core/config/SettingsValidator.cpp" line="117"/>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="87"/>
        <source>%1 &apos;%2&apos; is a folder: give a file name, such as %2/journal.sqlite.</source>
        <translation>%1 «%2» es una carpeta: indique un nombre de archivo, como %2/journal.sqlite.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="90"/>
        <source>%1 &apos;%2&apos;: the folder &apos;%3&apos; does not exist; create it first (for the service: owned by its account, mode 0700).</source>
        <translation>%1 «%2»: la carpeta «%3» no existe; créela primero (para el servicio: propiedad de su cuenta, modo 0700).</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="124"/>
        <source>unknown setting &apos;%1&apos;.</source>
        <translation>ajuste desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="132"/>
        <source>%1 is missing.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="147"/>
        <source>on the Exchange server</source>
        <translation>en el servidor Exchange</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="149"/>
        <source>Create CRM Users can only be selected on the CRM server.</source>
        <translation>Crear usuarios de CRM solo se puede seleccionar en el servidor CRM.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="166"/>
        <source>SMTP Sender Address is required when an SMTP server is set.</source>
        <translation>La Dirección del remitente SMTP es obligatoria cuando se define un servidor SMTP.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="168"/>
        <source>SMTP Server is required when an SMTP user is set.</source>
        <translation>El Servidor SMTP es obligatorio cuando se define un usuario SMTP.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="172"/>
        <source>%1 and %2 go together: set both (a linked pair) or neither.</source>
        <translation>%1 y %2 van juntos: defina ambos (un par vinculado) o ninguno.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="177"/>
        <source>%1 must be shorter than %2: a canary not seen by the next round is lost.</source>
        <translation>%1 debe ser más corto que %2: un testigo que la siguiente ronda no ve se pierde.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="181"/>
        <source>%1 must not be shorter than %2.</source>
        <translation>%1 no debe ser más corto que %2.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="188"/>
        <source>NT Account Password and Re-enter Password do not match.</source>
        <translation>La Contraseña de la cuenta NT y su repetición no coinciden.</translation>
    </message>
    <message>
        <location filename="../core/config/SettingsValidator.cpp" line="191"/>
        <source>the %1 must not contain line breaks.</source>
        <translation>%1: no debe contener saltos de línea.</translation>
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
        <translation>--period: «%1» no es 24h ni 7d</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="72"/>
        <source>No journal at %1: nothing has been synchronized with this profile yet.</source>
        <translation>No hay diario en %1: todavía no se ha sincronizado nada con este perfil.</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="91"/>
        <source>Health: %1 (the last %2, until %3)</source>
        <translation>Estado de salud: %1 (las últimas %2, hasta %3)</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="92"/>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="92"/>
        <source>24 hours</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="100"/>
        <source>running on %1 (process %2), last heartbeat %3</source>
        <translation>en ejecución en %1 (proceso %2), última señal de actividad %3</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="106"/>
        <source>stopped at %1</source>
        <translation>detenido a las %1</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="109"/>
        <source>not responding since %1</source>
        <translation>no responde desde %1</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="112"/>
        <source>never started on this journal</source>
        <translation>nunca se ha iniciado con este diario</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="115"/>
        <source>Service: %1</source>
        <translation>Servicio: %1</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="119"/>
        <source>Writes: %1 CRM → Exchange, %2 Exchange → CRM; %3 conflict(s); %4 failure(s)%5</source>
        <translation>Escrituras: %1 CRM → Exchange, %2 Exchange → CRM; %3 conflicto(s); %4 fallo(s)%5</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="127"/>
        <source>Latency: CRM → Exchange p50 %1, p99 %2 (%3 writes); Exchange → CRM p50 %4, p99 %5 (%6 notifications)</source>
        <translation>Latencia: CRM → Exchange p50 %1, p99 %2 (%3 escrituras); Exchange → CRM p50 %4, p99 %5 (%6 notificaciones)</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="135"/>
        <source>No linked mailboxes.</source>
        <translation>No hay buzones vinculados.</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="139"/>
        <source>LEVEL</source>
        <translation>NIVEL</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="139"/>
        <source>MAILBOX</source>
        <translation>BUZÓN</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="139"/>
        <source>SERVER</source>
        <translation>SERVIDOR</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="140"/>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="140"/>
        <source>LAST SYNC</source>
        <translation>ÚLTIMA SINCRONIZACIÓN</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="140"/>
        <source>SUBSCRIPTION</source>
        <translation>SUSCRIPCIÓN</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="141"/>
        <source>FAILED</source>
        <translation>FALLIDOS</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="141"/>
        <source>CANARY</source>
        <translation>TESTIGO</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="141"/>
        <source>LAST ERROR</source>
        <translation>ÚLTIMO ERROR</translation>
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
        <translation>el resumen del estado de salud (rojo / ámbar / verde con los motivos) y el de
cada buzón, del diario; código de salida 0 verde, 3 ámbar, 1 rojo o sin
diario, 2 uso</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="169"/>
        <source>Only this mailbox (CRM logon, mailbox address or Exchange user id).</source>
        <translation>Solo este buzón (inicio de sesión de CRM, dirección del buzón o id. de usuario de Exchange).</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="171"/>
        <source>The series&apos; period: 24h (default) or 7d.</source>
        <translation>El periodo de las series: 24h (predeterminado) o 7d.</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="181"/>
        <source>status takes no arguments: %1</source>
        <translation>status no admite argumentos: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::SubscriptionAssessment</name>
    <message>
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="10"/>
        <source>Graph reported it failed</source>
        <translation>Graph informó de que falló</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="15"/>
        <source>expired; polling covers the mailbox until it is recreated</source>
        <translation>caducada; el sondeo cubre el buzón hasta que se vuelva a crear</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="29"/>
        <source>expires in %n minute(s) and has not been renewed</source>
        <translation>
            <numerusform>caduca dentro de %n minuto y no se ha renovado</numerusform>
            <numerusform>caduca dentro de %n minutos y no se ha renovado</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="51"/>
        <source>Healthy</source>
        <translation>En buen estado</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="53"/>
        <source>Expiring</source>
        <translation>A punto de caducar</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionHealth.cpp" line="55"/>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
</context>
<context>
    <name>cxsync::SubscriptionManager</name>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="45"/>
        <source>mailbox %1 has no Exchange connection (on-premises Exchange through EWS is not available yet): it cannot have a change subscription</source>
        <translation>el buzón %1 no tiene conexión con Exchange (Exchange local a través de EWS aún no está disponible): no puede tener una suscripción de cambios</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="68"/>
        <source>The journal could not read subscriptions: %1</source>
        <translation>El diario no pudo leer las suscripciones: %1</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="83"/>
        <source>The journal could not read subscription %1: %2</source>
        <translation>El diario no pudo leer la suscripción %1: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="140"/>
        <source>The journal could not store subscription %1: %2</source>
        <translation>El diario no pudo guardar la suscripción %1: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="155"/>
        <source>The journal could not keep where subscription %1 stands: %2</source>
        <translation>El diario no pudo guardar el estado de la suscripción %1: %2</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="168"/>
        <source>The journal could not update subscription %1.</source>
        <translation>El diario no pudo actualizar la suscripción %1.</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="410"/>
        <source>No subscription &apos;%1&apos; is known.</source>
        <translation>No se conoce ninguna suscripción «%1».</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.cpp" line="419"/>
        <source>removed by the Exchange server</source>
        <translation>eliminada por el servidor Exchange</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.h" line="36"/>
        <source>a subscription state</source>
        <translation>un estado de suscripción</translation>
    </message>
    <message>
        <location filename="../core/hooks/SubscriptionManager.h" line="49"/>
        <source>a subscription action</source>
        <translation>una acción de suscripción</translation>
    </message>
</context>
<context>
    <name>cxsync::SyncCommand</name>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="65"/>
        <source>Stopping after the current write… (press Ctrl+C again to quit at once)</source>
        <translation>Deteniendo tras la escritura actual… (pulse Ctrl+C otra vez para salir de inmediato)</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="77"/>
        <source>Interrupted by %1 before the run started; nothing was written.</source>
        <translation>Interrumpido por %1 antes de empezar la ejecución; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="109"/>
        <source>Interrupted by %1 before the sync run started.</source>
        <translation>Interrumpido por %1 antes de empezar la sincronización.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="125"/>
        <source>%1: this run would delete %2 of %3 synchronized items (more than %4 %).</source>
        <translation>%1: esta ejecución eliminaría %2 de %3 elementos sincronizados (más del %4 %).</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="130"/>
        <source>Going ahead (--yes).</source>
        <translation>Se continúa (--yes).</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="130"/>
        <source>Declined: run again with --yes to delete.</source>
        <translation>Rechazado: vuelva a ejecutar con --yes para eliminar.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="157"/>
        <source>Next run in %1 s (Ctrl+C to stop).</source>
        <translation>Próxima ejecución dentro de %1 s (Ctrl+C para detener).</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="161"/>
        <source>Calendar sync (dry run): nothing is written.</source>
        <translation>Sincronización de calendarios (simulación): no se escribe nada.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="161"/>
        <source>Calendar sync</source>
        <translation>Sincronización de calendarios</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SyncCommand.cpp" line="171"/>
        <source>Planned for %n mailbox(es):</source>
        <translation>
            <numerusform>Previsto para %n buzón:</numerusform>
            <numerusform>Previsto para %n buzones:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SyncCommand.cpp" line="173"/>
        <source>Done for %n mailbox(es) in %1 ms:</source>
        <translation>
            <numerusform>Hecho para %n buzón en %1 ms:</numerusform>
            <numerusform>Hecho para %n buzones en %1 ms:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="174"/>
        <source>Exchange: %1 to create, %2 to update, %3 to delete</source>
        <translation>Exchange: %1 por crear, %2 por actualizar, %3 por eliminar</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="179"/>
        <source>CRM: %1 to create, %2 to update, %3 to delete</source>
        <translation>CRM: %1 por crear, %2 por actualizar, %3 por eliminar</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="184"/>
        <source>invitations: %1, cancellations: %2</source>
        <translation>invitaciones: %1, cancelaciones: %2</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="186"/>
        <source>replayed from an interrupted run: %1</source>
        <translation>reproducido de una ejecución interrumpida: %1</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="188"/>
        <source>conflicts (both sides changed; see the transaction log): %1</source>
        <translation>conflictos (ambos lados cambiaron; consulte el registro de transacciones): %1</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="190"/>
        <source>safety stop: %1 kept (%2 deletes not applied)</source>
        <translation>parada de seguridad: %1 conservados (%2 eliminaciones no aplicadas)</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="192"/>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="194"/>
        <source>stopped before the end; the next run continues</source>
        <translation>detenido antes del final; la próxima ejecución continúa</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SyncCommand.cpp" line="201"/>
        <source>%n write(s) failed and wait in the failed-message queue.</source>
        <translation>
            <numerusform>%n escritura falló y espera en la cola de mensajes fallidos.</numerusform>
            <numerusform>%n escrituras fallaron y esperan en la cola de mensajes fallidos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="211"/>
        <source>Interrupted by %1 before anything was written; the next run starts over.</source>
        <translation>Interrumpido por %1 antes de escribir nada; la próxima ejecución vuelve a empezar.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="216"/>
        <source>Interrupted by %1: %2 of %3 planned write(s) done, %4 failed (queued for retry), %5 not started; the next run continues with them.</source>
        <translation>Interrumpido por %1: %2 de %3 escrituras previstas hechas, %4 con error (en cola para reintento), %5 sin empezar; la próxima ejecución continúa con ellas.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="244"/>
        <source>synchronize calendars (CRM appointments &lt;-&gt; Outlook events) once, or
every Poll Interval until Ctrl+C; deletes above the safety share need --yes</source>
        <translation>sincroniza los calendarios (citas de CRM &lt;-&gt; eventos de Outlook) una vez, o
cada Intervalo de sondeo hasta Ctrl+C; las eliminaciones por encima de la
cuota de seguridad necesitan --yes</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="247"/>
        <source>One run.</source>
        <translation>Una ejecución.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="249"/>
        <source>A run every Poll Interval until Ctrl+C or SIGTERM.</source>
        <translation>Una ejecución cada Intervalo de sondeo hasta Ctrl+C o SIGTERM.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="251"/>
        <source>Delete even above the safety share of a mailbox.</source>
        <translation>Eliminar incluso por encima de la cuota de seguridad de un buzón.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="252"/>
        <source>Only this user (CRM logon or mailbox).</source>
        <translation>Solo este usuario (inicio de sesión de CRM o buzón).</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommand.cpp" line="261"/>
        <source>usage: cxsync sync --once | --watch [--dry-run] [--yes] [--user USER]</source>
        <translation>uso: cxsync sync --once | --watch [--dry-run] [--yes] [--user USER]</translation>
    </message>
</context>
<context>
    <name>cxsync::SyncNowAction</name>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="17"/>
        <location filename="../ui/SyncNowAction.cpp" line="177"/>
        <source>Sync Now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="19"/>
        <source>Retry the failed messages that are due, then synchronize the calendars of every linked user once, both ways as the options say.</source>
        <translation>Reintenta los mensajes fallidos pendientes y después sincroniza una vez los calendarios de cada usuario vinculado, en ambos sentidos según indiquen las opciones.</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="57"/>
        <source>Sync Now: stopping after the write under way…</source>
        <translation>Sincronizar ahora: deteniendo tras la escritura en curso…</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="63"/>
        <source>Sync Now: already running.</source>
        <translation>Sincronizar ahora: ya está en marcha.</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="69"/>
        <source>Sync Now: connecting…</source>
        <translation>Sincronizar ahora: conectando…</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="71"/>
        <source>Cancel Sync</source>
        <translation>Cancelar sincronización</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="73"/>
        <source>Sync Now started (saved settings: %1).</source>
        <translation>Sincronización inmediata iniciada (configuración guardada: %1).</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="96"/>
        <source>Sync Now: retrying failed messages…</source>
        <translation>Sincronizar ahora: reintentando los mensajes fallidos…</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="104"/>
        <location filename="../ui/SyncNowAction.cpp" line="162"/>
        <source>Sync Now: %1</source>
        <translation>Sincronizar ahora: %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="118"/>
        <source>Mass delete</source>
        <translation>Eliminación masiva</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="119"/>
        <source>This run would delete %1 of the %2 synchronized items of %3 (more than %4 %).

Delete them? No keeps everything for now; the next run asks again.</source>
        <translation>Esta ejecución eliminaría %1 de los %2 elementos sincronizados de %3 (más del %4 %).

¿Eliminarlos? No conserva todo por ahora; la próxima ejecución volverá a preguntar.</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="143"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="150"/>
        <source>Sync Now: %1: %2</source>
        <translation>Sincronizar ahora: %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="153"/>
        <source>Sync Now: synchronizing…</source>
        <translation>Sincronizar ahora: sincronizando…</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="160"/>
        <source>Sync Now failed: %1</source>
        <translation>Falló la sincronización inmediata: %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="164"/>
        <source>Sync Now: failed: %1</source>
        <translation>Sincronizar ahora: error: %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="166"/>
        <source>Sync Now: %1 kept: %2 deletes not applied (more than %3 % of %4 items).</source>
        <translation>Sincronizar ahora: %1 conservados: %2 eliminaciones no aplicadas (más del %3 % de %4 elementos).</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="172"/>
        <source>Sync Now: note: %1</source>
        <translation>Sincronizar ahora: nota: %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncNowAction.cpp" line="174"/>
        <source>Sync Now: see the Failed Messages tab; they are retried at growing intervals.</source>
        <translation>Sincronizar ahora: consulte la pestaña Mensajes fallidos; se reintentan a intervalos crecientes.</translation>
    </message>
</context>
<context>
    <name>cxsync::SyncService</name>
    <message>
        <location filename="../core/service/SyncService.cpp" line="91"/>
        <source>push needs the listener client state (secret listener-client-state); run &apos;cxsync hooks install&apos; once</source>
        <translation>el push necesita el estado de cliente del receptor (secreto listener-client-state); ejecute una vez «cxsync hooks install»</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="108"/>
        <source>Change notification for %1.</source>
        <translation>Notificación de cambio para %1.</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="126"/>
        <source>Listening for notifications at %1 (port %2).</source>
        <translation>Escuchando notificaciones en %1 (puerto %2).</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="141"/>
        <source>Subscription for %1 failed (polling covers it): %2</source>
        <translation>La suscripción para %1 falló (el sondeo la cubre): %2</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="146"/>
        <source>Change subscriptions: %1 active, %2 failed.</source>
        <translation>Suscripciones de cambios: %1 activas, %2 con error.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/service/SyncService.cpp" line="152"/>
        <source>Push is not configured: changes are found by polling every %n second(s).</source>
        <translation>
            <numerusform>El push no está configurado: los cambios se detectan por sondeo cada %n segundo.</numerusform>
            <numerusform>El push no está configurado: los cambios se detectan por sondeo cada %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="246"/>
        <source>Lifecycle event %1 for %2.</source>
        <translation>Evento de ciclo de vida %1 para %2.</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="257"/>
        <source>Lifecycle handling for %1 failed: %2</source>
        <translation>El tratamiento del ciclo de vida para %1 falló: %2</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="343"/>
        <source>all users</source>
        <translation>todos los usuarios</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="357"/>
        <source>CRM changes</source>
        <translation>cambios del CRM</translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="401"/>
        <source>Sync of %1 failed: %2</source>
        <translation>La sincronización de %1 falló: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/service/SyncService.cpp" line="435"/>
        <source>Push is working: CRM changes are read every %n second(s), every mailbox in full every %1 minute(s).</source>
        <translation>
            <numerusform>El push funciona: los cambios del CRM se leen cada %n segundo y cada buzón completo cada %1 minuto(s).</numerusform>
            <numerusform>El push funciona: los cambios del CRM se leen cada %n segundos y cada buzón completo cada %1 minuto(s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/service/SyncService.cpp" line="454"/>
        <source>Renewing the subscription for %1 failed (polling covers it): %2</source>
        <translation>La renovación de la suscripción para %1 falló (el sondeo la cubre): %2</translation>
    </message>
</context>
<context>
    <name>cxsync::SystemdCredentials</name>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="50"/>
        <source>cannot list the systemd credentials in &apos;%1&apos;: %2</source>
        <translation>no se pueden listar las credenciales de systemd en «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="79"/>
        <source>systemd credential &apos;%1&apos; is a symbolic link; systemd writes credentials as plain files.</source>
        <translation>la credencial de systemd «%1» es un enlace simbólico; systemd escribe las credenciales como archivos normales.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="85"/>
        <location filename="../core/config/SystemdCredentials.cpp" line="94"/>
        <location filename="../core/config/SystemdCredentials.cpp" line="128"/>
        <source>cannot read systemd credential &apos;%1&apos;: %2</source>
        <translation>no se puede leer la credencial de systemd «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="99"/>
        <source>systemd credential &apos;%1&apos; is not a regular file (a folder, FIFO, device or socket).</source>
        <translation>la credencial de systemd «%1» no es un archivo normal (una carpeta, un FIFO, un dispositivo o un socket).</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="106"/>
        <source>systemd credential &apos;%1&apos; is owned by user %2; it must be owned by the user running cxsync (%3) or by root.</source>
        <translation>la credencial de systemd «%1» pertenece al usuario %2; debe pertenecer al usuario que ejecuta cxsync (%3) o a root.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="115"/>
        <source>systemd credential &apos;%1&apos; may be read by other users (mode %2); systemd makes credentials 0400.</source>
        <translation>otros usuarios pueden leer la credencial de systemd «%1» (modo %2); systemd crea las credenciales con 0400.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="154"/>
        <source>systemd credentials (&apos;%1&apos;) are not available on Windows.</source>
        <translation>las credenciales de systemd («%1») no están disponibles en Windows.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="161"/>
        <source>the systemd credentials folder &apos;%1&apos; ($CREDENTIALS_DIRECTORY) does not exist.</source>
        <translation>la carpeta de credenciales de systemd «%1» ($CREDENTIALS_DIRECTORY) no existe.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="165"/>
        <source>$CREDENTIALS_DIRECTORY &apos;%1&apos; is not a folder.</source>
        <translation>$CREDENTIALS_DIRECTORY «%1» no es una carpeta.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="168"/>
        <source>cannot open the systemd credentials folder &apos;%1&apos;: %2</source>
        <translation>no se puede abrir la carpeta de credenciales de systemd «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="180"/>
        <source>the systemd credentials folder &apos;%1&apos; holds more than %2 files; cxsync reads only its own secrets from it.</source>
        <translation>la carpeta de credenciales de systemd «%1» contiene más de %2 archivos; cxsync solo lee de ella sus propios secretos.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="195"/>
        <source>systemd credential &apos;%1&apos;: secrets of additional Exchange servers are not accepted here.</source>
        <translation>credencial de systemd «%1»: aquí no se aceptan secretos de servidores Exchange adicionales.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="200"/>
        <source>systemd credential &apos;%1&apos;: %2</source>
        <translation>credencial de systemd «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="204"/>
        <source>systemd credential &apos;%1&apos;: there is no additional Exchange server &apos;%2&apos; in this profile; remove the LoadCredential line or add the server.</source>
        <translation>credencial de systemd «%1»: no hay ningún servidor Exchange adicional «%2» en este perfil; elimine la línea LoadCredential o añada el servidor.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="216"/>
        <source>systemd credential &apos;%1&apos; is not a secret cxsync knows; name each credential after its secret: %2.</source>
        <translation>la credencial de systemd «%1» no es un secreto que cxsync conozca; nombre cada credencial según su secreto: %2.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="225"/>
        <source>systemd credentials &apos;%1&apos; and &apos;%2&apos; are both %3; give each secret once.</source>
        <translation>las credenciales de systemd «%1» y «%2» son ambas %3; indique cada secreto una sola vez.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="238"/>
        <source>systemd credential &apos;%1&apos; is longer than %2 bytes.</source>
        <translation>la credencial de systemd «%1» supera los %2 bytes.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="245"/>
        <source>systemd credential &apos;%1&apos; holds a NUL byte or a line break inside the value; it must hold the secret alone.</source>
        <translation>la credencial de systemd «%1» contiene un byte NUL o un salto de línea dentro del valor; debe contener solo el secreto.</translation>
    </message>
    <message>
        <location filename="../core/config/SystemdCredentials.cpp" line="252"/>
        <source>systemd credential &apos;%1&apos; is not valid UTF-8.</source>
        <translation>la credencial de systemd «%1» no es UTF-8 válido.</translation>
    </message>
</context>
<context>
    <name>cxsync::TestConnectionCommand</name>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="35"/>
        <source>Test Connection passed: %1 of %2 steps passed, %3 skipped.</source>
        <translation>Prueba de conexión superada: %1 de %2 pasos correctos, %3 omitidos.</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="39"/>
        <source>Test Connection failed: %1 of %2 steps failed.</source>
        <translation>Prueba de conexión fallida: %1 de %2 pasos con error.</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="57"/>
        <source>pass</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="60"/>
        <source>FAIL</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="63"/>
        <source>skip</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="66"/>
        <source>warn</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="78"/>
        <source>Cause: %1</source>
        <translation>Causa: %1</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="79"/>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="92"/>
        <source>check each step from settings to listener and say what to fix;
--write-probe also creates and deletes a test event in the mailbox</source>
        <translation>comprueba cada paso, desde la configuración hasta el receptor, y dice qué
corregir; --write-probe también crea y elimina un evento de prueba en el buzón</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="97"/>
        <source>The mailbox to test with (default: the first linked one).</source>
        <translation>El buzón con el que probar (predeterminado: el primero vinculado).</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="100"/>
        <source>Also create and delete a test event in that mailbox.</source>
        <translation>Crear y eliminar también un evento de prueba en ese buzón.</translation>
    </message>
    <message>
        <location filename="../cli/TestConnectionCommand.cpp" line="108"/>
        <source>usage: cxsync test-connection [--json] [--mailbox ADDRESS] [--write-probe]</source>
        <translation>uso: cxsync test-connection [--json] [--mailbox ADDRESS] [--write-probe]</translation>
    </message>
</context>
<context>
    <name>cxsync::TimeZoneSpec</name>
    <message>
        <location filename="../core/config/TimeZoneSpec.cpp" line="31"/>
        <source>offset &apos;%1&apos; is not in quarter hours (use .25, .5 or .75).</source>
        <translation>el desfase «%1» no va en cuartos de hora (use .25, .5 o .75).</translation>
    </message>
    <message>
        <location filename="../core/config/TimeZoneSpec.cpp" line="37"/>
        <source>offset &apos;%1&apos; is not in quarter hours (:00, :15, :30 or :45).</source>
        <translation>el desfase «%1» no va en cuartos de hora (:00, :15, :30 o :45).</translation>
    </message>
    <message>
        <location filename="../core/config/TimeZoneSpec.cpp" line="41"/>
        <source>offset &apos;%1&apos; is outside -12 to +14 hours.</source>
        <translation>el desfase «%1» está fuera del intervalo de -12 a +14 horas.</translation>
    </message>
    <message>
        <location filename="../core/config/TimeZoneSpec.cpp" line="59"/>
        <source>&apos;%1&apos; is not a known time zone: use an id such as Europe/London or GMT Standard Time, or an offset in hours such as +1 or -3.5.</source>
        <translation>«%1» no es una zona horaria conocida: use un id. como Europe/London o GMT Standard Time, o un desfase en horas como +1 o -3.5.</translation>
    </message>
    <message>
        <location filename="../core/config/TimeZoneSpec.cpp" line="68"/>
        <source>fixed offset UTC%1%2:%3</source>
        <translation>desfase fijo UTC%1%2:%3</translation>
    </message>
</context>
<context>
    <name>cxsync::TransactionLogModel</name>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="30"/>
        <source>Conflict: %1</source>
        <translation>Conflicto: %1</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="55"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="69"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="71"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="73"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="75"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="77"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="79"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="81"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../ui/TransactionLogModel.cpp" line="83"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>cxsync::UsersCommand</name>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="102"/>
        <source>usage: cxsync users sync [--dry-run] [--yes] [--json] | users list [--json] | users disable USER | users enable USER</source>
        <translation>uso: cxsync users sync [--dry-run] [--yes] [--json] | users list [--json] | users disable USER | users enable USER</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="179"/>
        <source>Reading the mailboxes, the CRM users and the journal…</source>
        <translation>Leyendo los buzones, los usuarios de CRM y el diario…</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="189"/>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="217"/>
        <source>Create %n CRM user(s) as resources? [y/N] </source>
        <translation>
            <numerusform>¿Crear %n usuario de CRM como recurso? [y/N] </numerusform>
            <numerusform>¿Crear %n usuarios de CRM como recursos? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="224"/>
        <source>%n CRM user(s) not created: creating users needs --yes (or &quot;y&quot; at the prompt). The links are applied.</source>
        <translation>
            <numerusform>%n usuario de CRM no creado: crear usuarios necesita --yes (o «y» en la pregunta). Los vínculos se aplican.</numerusform>
            <numerusform>%n usuarios de CRM no creados: crear usuarios necesita --yes (o «y» en la pregunta). Los vínculos se aplican.</numerusform>
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
        <translation>Plan de sincronización de usuarios para %1: %2 buzones, %3 usuarios de CRM</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="264"/>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="272"/>
        <source>(stored id %1, e-mail %2, alias %3, name %4)</source>
        <translation>(id. guardado %1, correo %2, alias %3, nombre %4)</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="278"/>
        <source>as resources (Create CRM Users)</source>
        <translation>como recursos (Crear usuarios de CRM)</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="286"/>
        <source>Links:</source>
        <translation>Vínculos:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="286"/>
        <source>Creations:</source>
        <translation>Creaciones:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="287"/>
        <source>Unlinks:</source>
        <translation>Desvinculaciones:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="287"/>
        <source>Exclusions:</source>
        <translation>Exclusiones:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="288"/>
        <source>Conflicts:</source>
        <translation>Conflictos:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="288"/>
        <source>Not linked:</source>
        <translation>Sin vincular:</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="303"/>
        <source>%1 (%2 %3) &lt;- %4, resource</source>
        <translation>%1 (%2 %3) &lt;- %4, recurso</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="317"/>
        <source> [with %1]</source>
        <translation> [con %1]</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="350"/>
        <source>nothing was applied: %1</source>
        <translation>no se aplicó nada: %1</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="353"/>
        <source>Applied in %1 ms: %2 linked, %3 created, %4 unlinked, %5 excluded, %6 unchanged, %7 conflicts, %8 not linked</source>
        <translation>Aplicado en %1 ms: %2 vinculados, %3 creados, %4 desvinculados, %5 excluidos, %6 sin cambios, %7 conflictos, %8 sin vincular</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="366"/>
        <source>%n creation(s) declined.</source>
        <translation>
            <numerusform>%n creación rechazada.</numerusform>
            <numerusform>%n creaciones rechazadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="369"/>
        <source>%n user(s) failed; see the lines above and `cxsync users list`</source>
        <translation>
            <numerusform>%n usuario con error; vea las líneas anteriores y `cxsync users list`</numerusform>
            <numerusform>%n usuarios con error; vea las líneas anteriores y `cxsync users list`</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="372"/>
        <source>Interrupted by %1: %2 change(s) applied (%3 linked, %4 created, %5 unlinked), %6 failed, %7 not started; run `cxsync users sync` again to finish.</source>
        <translation>Interrumpido por %1: %2 cambio(s) aplicado(s) (%3 vinculados, %4 creados, %5 desvinculados), %6 con error, %7 sin empezar; vuelva a ejecutar `cxsync users sync` para terminar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/UsersCommand.cpp" line="384"/>
        <source>cancelled: %n change(s) not started; run the sync again</source>
        <translation>
            <numerusform>cancelado: %n cambio sin empezar; vuelva a ejecutar la sincronización</numerusform>
            <numerusform>cancelado: %n cambios sin empezar; vuelva a ejecutar la sincronización</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="397"/>
        <source>%1: finishing the writes under way, starting no new ones… (press Ctrl+C again to quit at once)</source>
        <translation>%1: terminando las escrituras en curso, sin empezar otras nuevas… (pulse Ctrl+C otra vez para salir de inmediato)</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="405"/>
        <source>Interrupted by %1 before anything was written; the plan was not applied.</source>
        <translation>Interrumpido por %1 antes de escribir nada; el plan no se aplicó.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="427"/>
        <source>No users in the journal yet: run `cxsync users sync`.</source>
        <translation>Todavía no hay usuarios en el diario: ejecute `cxsync users sync`.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="437"/>
        <source>LOGON</source>
        <translation>INICIO DE SESIÓN</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="437"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="437"/>
        <source>MAILBOX</source>
        <translation>BUZÓN</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="439"/>
        <source>EXCHANGE SERVER</source>
        <translation>SERVIDOR EXCHANGE</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="440"/>
        <source>RULE</source>
        <translation>REGLA</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="440"/>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="440"/>
        <source>LAST SYNC</source>
        <translation>ÚLTIMA SINCRONIZACIÓN</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="440"/>
        <source>DETAILS</source>
        <translation>DETALLES</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="447"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="474"/>
        <source>%1 is disabled: it is not synchronized, and user sync does not link it again until `cxsync users enable %2`.</source>
        <translation>%1 está deshabilitado: no se sincroniza, y la sincronización de usuarios no vuelve a vincularlo hasta `cxsync users enable %2`.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="492"/>
        <source>%1 is enabled: the next `cxsync users sync` links it.</source>
        <translation>%1 está habilitado: el próximo `cxsync users sync` lo vincula.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="501"/>
        <source>which CRM users are synchronized with which mailboxes</source>
        <translation>qué usuarios de CRM se sincronizan con qué buzones</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="512"/>
        <source>link CRM users to mailboxes (and create missing ones as resources):
prints the plan, then applies it; creating users needs --yes</source>
        <translation>vincula los usuarios de CRM a los buzones (y crea los que faltan como
recursos): muestra el plan y después lo aplica; crear usuarios necesita --yes</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="516"/>
        <source>Create the CRM users the plan lists without asking.</source>
        <translation>Crear sin preguntar los usuarios de CRM que indica el plan.</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="521"/>
        <source>every CRM user&apos;s link, rule, state and last sync (from the journal)</source>
        <translation>el vínculo, la regla, el estado y la última sincronización de cada usuario de
CRM (del diario)</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="525"/>
        <source>stop syncing a user and keep user sync from relinking it</source>
        <translation>deja de sincronizar un usuario e impide que la sincronización de usuarios
vuelva a vincularlo</translation>
    </message>
    <message>
        <location filename="../cli/UsersCommand.cpp" line="528"/>
        <source>let user sync link it again (USER: logon, CRM id or mailbox)</source>
        <translation>permite que la sincronización de usuarios lo vuelva a vincular (USER: inicio
de sesión, id. de CRM o buzón)</translation>
    </message>
</context>
<context>
    <name>cxsync::UsersPage</name>
    <message>
        <location filename="../ui/UsersPage.cpp" line="90"/>
        <source>Filter by logon, name, mailbox, rule, state or message</source>
        <translation>Filtrar por inicio de sesión, nombre, buzón, regla, estado o mensaje</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="94"/>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="97"/>
        <source>With errors</source>
        <translation>Con errores</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="98"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="106"/>
        <source>CRM user</source>
        <translation>Usuario de CRM</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="106"/>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="106"/>
        <source>Exchange Server</source>
        <translation>Servidor Exchange</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="106"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="107"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="107"/>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="107"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="107"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="130"/>
        <location filename="../ui/UsersPage.cpp" line="480"/>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="133"/>
        <source>Stop synchronizing the selected users: their Exchange user id is cleared in the CRM, and user sync does not link them again until they are enabled.</source>
        <translation>Dejar de sincronizar los usuarios seleccionados: su id. de usuario de Exchange se borra en el CRM y la sincronización de usuarios no los vuelve a vincular hasta que se habiliten.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="135"/>
        <source>Enable</source>
        <translation>Habilitar</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="137"/>
        <source>Let user sync link the selected users again.</source>
        <translation>Permitir que la sincronización de usuarios vuelva a vincular a los usuarios seleccionados.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="138"/>
        <location filename="../ui/UsersPage.cpp" line="546"/>
        <source>Test Mailbox Access</source>
        <translation>Probar acceso al buzón</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="140"/>
        <source>Read the selected user&apos;s calendar as synchronization will.</source>
        <translation>Leer el calendario del usuario seleccionado como lo hará la sincronización.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="144"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="155"/>
        <source>Sync Users With CRM And Install Scripts</source>
        <translation>Sincronizar usuarios con CRM e instalar scripts</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="158"/>
        <source>Link every CRM user to its mailbox (stored id, e-mail, alias, then unique first + last name) and, with Create CRM Users, create the missing ones as resources. You see the plan before anything is written.</source>
        <translation>Vincula cada usuario de CRM a su buzón (id. guardado, correo, alias y, por último, nombre y apellidos únicos) y, con Crear usuarios de CRM, crea los que faltan como recursos. Verá el plan antes de que se escriba nada.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="209"/>
        <location filename="../ui/UsersPage.cpp" line="257"/>
        <source>No users yet: Sync Users With CRM (Actions) reads both sides and shows a preview.</source>
        <translation>Todavía no hay usuarios: Sincronizar usuarios con CRM (Acciones) lee ambos lados y muestra una vista previa.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="215"/>
        <source>The journal cannot be read: %1</source>
        <translation>No se puede leer el diario: %1</translation>
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
        <translation>%1 usuarios de CRM: %2 vinculados, %3 sin vincular, %4 excluidos, %5 en conflicto, %6 con errores.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="284"/>
        <source>%1 (not in this profile)</source>
        <translation>%1 (no está en este perfil)</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="285"/>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="313"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="327"/>
        <source>Sync Users: already running; Cancel on the Users page stops it.</source>
        <translation>Sincronizar usuarios: ya está en marcha; Cancelar en la página Usuarios la detiene.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="330"/>
        <source>Sync Users: reading…</source>
        <translation>Sincronizar usuarios: leyendo…</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="332"/>
        <source>Sync Users With CRM: reading the mailboxes and the CRM users (saved settings: %1)…</source>
        <translation>Sincronizar usuarios con CRM: leyendo los buzones y los usuarios de CRM (configuración guardada: %1)…</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="334"/>
        <source>Sync Users</source>
        <translation>Sincronizar usuarios</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="346"/>
        <source>Sync Users: %1</source>
        <translation>Sincronizar usuarios: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="359"/>
        <source>Sync Users: warning: %1</source>
        <translation>Sincronizar usuarios: advertencia: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="361"/>
        <source>Sync Users: %1 to link, %2 to create, %3 to unlink, %4 conflicts, %5 not linked. Review the preview; nothing is written until Apply.</source>
        <translation>Sincronizar usuarios: %1 por vincular, %2 por crear, %3 por desvincular, %4 conflictos, %5 sin vincular. Revise la vista previa; no se escribe nada hasta Aplicar.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="373"/>
        <source>Sync Users: cancelled at the preview; nothing was written.</source>
        <translation>Sincronizar usuarios: cancelado en la vista previa; no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersPage.cpp" line="385"/>
        <source>Sync Users: %n CRM user(s) will not be created, as chosen.</source>
        <translation>
            <numerusform>Sincronizar usuarios: %n usuario de CRM no se creará, según lo elegido.</numerusform>
            <numerusform>Sincronizar usuarios: %n usuarios de CRM no se crearán, según lo elegido.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="386"/>
        <source>Sync Users: %v of %m</source>
        <translation>Sincronizar usuarios: %v de %m</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="393"/>
        <source>Sync Users: %1: %2</source>
        <translation>Sincronizar usuarios: %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="404"/>
        <source>Sync Users: nothing was applied: %1</source>
        <translation>Sincronizar usuarios: no se aplicó nada: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="407"/>
        <source>Sync Users: %1 linked, %2 created as resources, %3 unlinked, %4 excluded, %5 unchanged, %6 conflicts, %7 not linked, %8 failed (%9 ms).</source>
        <translation>Sincronizar usuarios: %1 vinculados, %2 creados como recursos, %3 desvinculados, %4 excluidos, %5 sin cambios, %6 conflictos, %7 sin vincular, %8 con error (%9 ms).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersPage.cpp" line="420"/>
        <source>Sync Users: cancelled; %n change(s) were not started. Run it again to finish.</source>
        <translation>
            <numerusform>Sincronizar usuarios: cancelado; %n cambio no se empezó. Vuelva a ejecutarlo para terminar.</numerusform>
            <numerusform>Sincronizar usuarios: cancelado; %n cambios no se empezaron. Vuelva a ejecutarlo para terminar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="426"/>
        <source>Install Scripts: not started, as the user sync did not complete.</source>
        <translation>Instalar scripts: no iniciado, porque la sincronización de usuarios no terminó.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="453"/>
        <source>Sync Users: cancelling; the writes under way finish first…</source>
        <translation>Sincronizar usuarios: cancelando; primero terminan las escrituras en curso…</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="502"/>
        <source>%1 disabled: not synchronized, and not linked again by user sync until enabled.</source>
        <translation>%1 deshabilitado: no se sincroniza, y la sincronización de usuarios no lo vuelve a vincular hasta que se habilite.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="505"/>
        <source>Disable: %1</source>
        <translation>Deshabilitar: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="517"/>
        <location filename="../ui/UsersPage.cpp" line="529"/>
        <source>Enable: %1</source>
        <translation>Habilitar: %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="527"/>
        <source>%1 enabled: the next Sync Users links it.</source>
        <translation>%1 habilitado: la próxima sincronización de usuarios lo vincula.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="545"/>
        <source>Test Mailbox Access: reading the calendar of %1…</source>
        <translation>Probar acceso al buzón: leyendo el calendario de %1…</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="557"/>
        <source>Test Mailbox Access: %1.</source>
        <translation>Probar acceso al buzón: %1.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="558"/>
        <source>Test Mailbox Access failed: %1</source>
        <translation>Probar acceso al buzón falló: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::UsersPreviewDialog</name>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="19"/>
        <source>Sync Users With CRM: preview</source>
        <translation>Sincronizar usuarios con CRM: vista previa</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="30"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="30"/>
        <source>CRM user</source>
        <translation>Usuario de CRM</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="30"/>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="30"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="30"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersPreviewDialog.cpp" line="38"/>
        <source>Show the %n unchanged user(s)</source>
        <translation>
            <numerusform>Mostrar el usuario sin cambios (%n)</numerusform>
            <numerusform>Mostrar los %n usuarios sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersPreviewDialog.cpp" line="45"/>
        <source>Create %n missing CRM user(s) as resources (they use no licence)</source>
        <translation>
            <numerusform>Crear %n usuario de CRM que falta como recurso (no usa licencia)</numerusform>
            <numerusform>Crear %n usuarios de CRM que faltan como recursos (no usan licencia)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="52"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="82"/>
        <source>%1 mailboxes and %2 CRM users. To link: %3 (stored id %4, e-mail %5, alias %6, name %7). To create as resources: %8. To unlink: %9. To exclude: %10. Unchanged: %11. Conflicts: %12. Not linked: %13. Nothing is written until you press Apply.</source>
        <translation>%1 buzones y %2 usuarios de CRM. Por vincular: %3 (id. guardado %4, correo %5, alias %6, nombre %7). Por crear como recursos: %8. Por desvincular: %9. Por excluir: %10. Sin cambios: %11. Conflictos: %12. Sin vincular: %13. No se escribe nada hasta que pulse Aplicar.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="113"/>
        <source>%1 (new resource)</source>
        <translation>%1 (recurso nuevo)</translation>
    </message>
    <message>
        <location filename="../ui/UsersPreviewDialog.cpp" line="116"/>
        <source> [with %1]</source>
        <translation> [con %1]</translation>
    </message>
</context>
<context>
    <name>cxsync::VersionCommand</name>
    <message>
        <location filename="../cli/HelpCommand.cpp" line="54"/>
        <source>print the version</source>
        <translation>muestra la versión</translation>
    </message>
</context>
<context>
    <name>cxsync::canary::Canary</name>
    <message>
        <location filename="../core/canary/Canary.cpp" line="24"/>
        <source>Written by the CRM Exchange Sync canary to measure how long a change takes to reach the other side. It is private, has no attendees and is deleted again automatically.</source>
        <translation>Escrito por el testigo de CRM Exchange Sync para medir cuánto tarda un cambio en llegar al otro lado. Es privado, no tiene asistentes y se elimina de nuevo automáticamente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/canary/Canary.cpp" line="63"/>
        <source>not seen on the other side within %n second(s)</source>
        <translation>
            <numerusform>no visto en el otro lado en %n segundo</numerusform>
            <numerusform>no visto en el otro lado en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="106"/>
        <source>the canary CRM user &apos;%1&apos; is not linked to a mailbox; run Sync Users With CRM first</source>
        <translation>el usuario de CRM testigo «%1» no está vinculado a ningún buzón; ejecute primero Sincronizar usuarios con CRM</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="112"/>
        <source>the canary CRM user &apos;%1&apos; is linked to %2, not to the canary mailbox %3</source>
        <translation>el usuario de CRM testigo «%1» está vinculado a %2, no al buzón testigo %3</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="118"/>
        <source>the canary CRM user &apos;%1&apos; is not among the synchronized users</source>
        <translation>el usuario de CRM testigo «%1» no está entre los usuarios sincronizados</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="155"/>
        <source>Canary: cannot record the round, none is run: %1</source>
        <translation>Testigo: no se puede registrar la ronda, no se ejecuta ninguna: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="180"/>
        <location filename="../core/canary/Canary.cpp" line="283"/>
        <location filename="../core/canary/Canary.cpp" line="303"/>
        <location filename="../core/canary/Canary.cpp" line="317"/>
        <source>Canary: %1</source>
        <translation>Testigo: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="198"/>
        <source>the CRM refused the canary appointment: %1</source>
        <translation>el CRM rechazó la cita testigo: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="205"/>
        <location filename="../core/canary/Canary.cpp" line="478"/>
        <location filename="../core/canary/Canary.cpp" line="505"/>
        <source>no Exchange connection</source>
        <translation>sin conexión con Exchange</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="221"/>
        <source>Exchange refused the canary item: %1</source>
        <translation>Exchange rechazó el elemento testigo: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="285"/>
        <source>Canary %1 arrived late: %2 ms (threshold %3 ms).</source>
        <translation>El testigo %1 llegó con retraso: %2 ms (umbral %3 ms).</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="289"/>
        <source>Canary %1 arrived in %2 ms.</source>
        <translation>El testigo %1 llegó en %2 ms.</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="306"/>
        <source>Canary %1 %2: %3</source>
        <translation>Testigo %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="319"/>
        <source>Canary: the items of round %1 could not all be removed (tried again before the next round): %2</source>
        <translation>Testigo: no se pudieron quitar todos los elementos de la ronda %1 (se reintenta antes de la siguiente ronda): %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/canary/Canary.cpp" line="348"/>
        <source>Canary: removed the items of %n unfinished round(s).</source>
        <translation>
            <numerusform>Testigo: se quitaron los elementos de %n ronda sin terminar.</numerusform>
            <numerusform>Testigo: se quitaron los elementos de %n rondas sin terminar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="360"/>
        <source>interrupted (the service stopped during the round)</source>
        <translation>interrumpida (el servicio se detuvo durante la ronda)</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="366"/>
        <source>round %1: %2</source>
        <translation>ronda %1: %2</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="411"/>
        <source>CRM communication %1 not deleted: %2</source>
        <translation>comunicación de CRM %1 no eliminada: %2</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="429"/>
        <source>Exchange item %1 not deleted: %2</source>
        <translation>elemento de Exchange %1 no eliminado: %2</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="448"/>
        <source>the CRM change feed could not be searched: %1</source>
        <translation>no se pudo buscar en el flujo de cambios del CRM: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="471"/>
        <source>the CRM could not be searched: %1</source>
        <translation>no se pudo buscar en el CRM: %1</translation>
    </message>
    <message>
        <location filename="../core/canary/Canary.cpp" line="489"/>
        <source>the canary mailbox could not be searched: %1</source>
        <translation>no se pudo buscar en el buzón testigo: %1</translation>
    </message>
</context>
<context>
    <name>cxsync::canary::CanaryJournal</name>
    <message>
        <location filename="../core/canary/CanaryJournal.cpp" line="156"/>
        <location filename="../core/health/HealthReport.cpp" line="480"/>
        <source>canary round %1 has an unknown state &apos;%2&apos;</source>
        <translation>la ronda de testigo %1 tiene un estado desconocido «%2»</translation>
    </message>
    <message>
        <location filename="../core/canary/CanaryJournal.cpp" line="198"/>
        <source>cannot start a journal transaction</source>
        <translation>no se puede iniciar una transacción del diario</translation>
    </message>
</context>
<context>
    <name>cxsync::consistency::ConsistencyAnalysis</name>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="131"/>
        <source>the link joins an Outlook item and CRM communication %1 that are both gone</source>
        <translation>el vínculo une un elemento de Outlook y la comunicación de CRM %1, que ya no existen</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="134"/>
        <source>linked to CRM communication %1, but the Outlook item is gone</source>
        <translation>vinculado a la comunicación de CRM %1, pero el elemento de Outlook ya no existe</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="135"/>
        <source>the Outlook item is linked to CRM communication %1, which is gone</source>
        <translation>el elemento de Outlook está vinculado a la comunicación de CRM %1, que ya no existe</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="138"/>
        <source>drop the link; the next sync acts on what is left by its rules</source>
        <translation>quitar el vínculo; la próxima sincronización actúa sobre lo que queda según sus reglas</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="167"/>
        <source>the Outlook item and CRM communication %1 differ in: %2</source>
        <translation>el elemento de Outlook y la comunicación de CRM %1 difieren en: %2</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="175"/>
        <source>a meeting organized outside the synchronized mailboxes: Outlook&apos;s version is kept</source>
        <translation>una reunión organizada fuera de los buzones sincronizados: se conserva la versión de Outlook</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="178"/>
        <source>changed in Outlook since the last sync</source>
        <translation>cambiado en Outlook desde la última sincronización</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="181"/>
        <source>changed in the CRM since the last sync</source>
        <translation>cambiado en el CRM desde la última sincronización</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="184"/>
        <source>the conflict policy (%1) keeps the %2 version</source>
        <translation>la directiva de conflictos (%1) conserva la versión de %2</translation>
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
        <translation>se deja como está: Exchange -&gt; CRM está desactivado (%1)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="194"/>
        <source>write the Outlook version to the CRM (%1)</source>
        <translation>escribir la versión de Outlook en el CRM (%1)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="200"/>
        <source>left alone: CRM -&gt; Exchange is switched off (%1)</source>
        <translation>se deja como está: CRM -&gt; Exchange está desactivado (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="202"/>
        <source>left for the admin: writing the CRM version to Outlook would notify %n attendee(s) (%1)</source>
        <translation>
            <numerusform>se deja al administrador: escribir la versión del CRM en Outlook avisaría a %n asistente (%1)</numerusform>
            <numerusform>se deja al administrador: escribir la versión del CRM en Outlook avisaría a %n asistentes (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="208"/>
        <source>write the CRM version to Outlook (%1)</source>
        <translation>escribir la versión del CRM en Outlook (%1)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="270"/>
        <source>CRM communication %1 is a second record of the meeting (Exchange id %2) that communication %3 is linked to</source>
        <translation>la comunicación de CRM %1 es un segundo registro de la reunión (id. de Exchange %2) a la que está vinculada la comunicación %3</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="275"/>
        <source>delete it: the sync made it (it carries the meeting&apos;s Exchange id) and communication %1 keeps the meeting</source>
        <translation>eliminarla: la creó la sincronización (lleva el id. de Exchange de la reunión) y la comunicación %1 conserva la reunión</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="279"/>
        <source>%n CRM communications carry the Exchange id %1 and none is linked</source>
        <translation>
            <numerusform>%n comunicación de CRM lleva el id. de Exchange %1 y ninguna está vinculada</numerusform>
            <numerusform>%n comunicaciones de CRM llevan el id. de Exchange %1 y ninguna está vinculada</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="283"/>
        <source>left for the admin: none of them is linked, so which one keeps the meeting is not known</source>
        <translation>se deja al administrador: ninguna está vinculada, así que no se sabe cuál conserva la reunión</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="286"/>
        <source>%n CRM communications carry the Exchange id %1 and are linked</source>
        <translation>
            <numerusform>%n comunicación de CRM lleva el id. de Exchange %1 y está vinculada</numerusform>
            <numerusform>%n comunicaciones de CRM llevan el id. de Exchange %1 y están vinculadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="289"/>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="344"/>
        <source>left for the admin: several of them are linked</source>
        <translation>se deja al administrador: varias de ellas están vinculadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="339"/>
        <source>%n Outlook items of this mailbox are for CRM communication %1</source>
        <translation>
            <numerusform>%n elemento de Outlook de este buzón es para la comunicación de CRM %1</numerusform>
            <numerusform>%n elementos de Outlook de este buzón son para la comunicación de CRM %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="347"/>
        <source>left for the admin: none of them is linked, so which one to keep is not known</source>
        <translation>se deja al administrador: ninguno está vinculado, así que no se sabe cuál conservar</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="350"/>
        <source>left alone: this item was not created by the sync</source>
        <translation>se deja como está: este elemento no lo creó la sincronización</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="352"/>
        <source>left for the admin: deleting it would notify %n attendee(s)</source>
        <translation>
            <numerusform>se deja al administrador: eliminarlo avisaría a %n asistente</numerusform>
            <numerusform>se deja al administrador: eliminarlo avisaría a %n asistentes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="357"/>
        <source>delete it: the sync created it (its transaction id names communication %1), and the linked item keeps the meeting</source>
        <translation>eliminarlo: lo creó la sincronización (su id. de transacción nombra la comunicación %1), y el elemento vinculado conserva la reunión</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="432"/>
        <source>CRM communication %1 and %n Outlook item(s) have the same subject and start but no link</source>
        <translation>
            <numerusform>la comunicación de CRM %1 y %n elemento de Outlook tienen el mismo asunto e inicio, pero ningún vínculo</numerusform>
            <numerusform>la comunicación de CRM %1 y %n elementos de Outlook tienen el mismo asunto e inicio, pero ningún vínculo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="438"/>
        <source>left for the admin: %n Outlook meetings match it</source>
        <translation>
            <numerusform>se deja al administrador: %n reunión de Outlook coincide con ella</numerusform>
            <numerusform>se deja al administrador: %n reuniones de Outlook coinciden con ella</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="441"/>
        <source>link them, as the sync links another copy of a meeting</source>
        <translation>vincularlos, como la sincronización vincula otra copia de una reunión</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="452"/>
        <source>left for the admin: several CRM communications match the same Outlook item</source>
        <translation>se deja al administrador: varias comunicaciones de CRM coinciden con el mismo elemento de Outlook</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="472"/>
        <source>they differ in: %1</source>
        <translation>difieren en: %1</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="480"/>
        <source>then write the Outlook version to the CRM (%1)</source>
        <translation>después escribir la versión de Outlook en el CRM (%1)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="485"/>
        <source>then write the CRM version to Outlook (%1)</source>
        <translation>después escribir la versión del CRM en Outlook (%1)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="488"/>
        <source>the fields that differ are left for the admin (%1 keeps the %2 version, which cannot be written without notifying anyone or with this direction off)</source>
        <translation>los campos que difieren se dejan al administrador (%1 conserva la versión de %2, que no se puede escribir sin avisar a nadie o con este sentido desactivado)</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyAnalysis.cpp" line="511"/>
        <source>left for the admin: %1 deletes of %2 items in this mailbox exceed the mass-delete safety share (%3 %)</source>
        <translation>se deja al administrador: %1 eliminaciones de %2 elementos en este buzón superan la cuota de seguridad de eliminación masiva (%3 %)</translation>
    </message>
</context>
<context>
    <name>cxsync::consistency::ConsistencyChecker</name>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="129"/>
        <source>No linked user &quot;%1&quot; (see cxsync users list).</source>
        <translation>No hay ningún usuario vinculado «%1» (consulte cxsync users list).</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="132"/>
        <source>The Exchange side is not available with these settings.</source>
        <translation>El lado de Exchange no está disponible con esta configuración.</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="180"/>
        <source>%1: reading the calendar failed: %2</source>
        <translation>%1: falló la lectura del calendario: %2</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="181"/>
        <source>the server refused a full read</source>
        <translation>el servidor rechazó una lectura completa</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="184"/>
        <source>%1: not read</source>
        <translation>%1: no leído</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="221"/>
        <source>%1: %n Outlook item(s) read</source>
        <translation>
            <numerusform>%1: %n elemento de Outlook leído</numerusform>
            <numerusform>%1: %n elementos de Outlook leídos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="234"/>
        <source>Reading the CRM failed: %1</source>
        <translation>Falló la lectura del CRM: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="249"/>
        <source>CRM: %n appointment(s) read</source>
        <translation>
            <numerusform>CRM: %n cita leída</numerusform>
            <numerusform>CRM: %n citas leídas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyChecker.cpp" line="328"/>
        <source>comparing</source>
        <translation>comparando</translation>
    </message>
</context>
<context>
    <name>cxsync::consistency::ConsistencyRepairer</name>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="136"/>
        <source>%1: left alone: %2</source>
        <translation>%1: se deja como está: %2</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="140"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="243"/>
        <source>The new link was not found.</source>
        <translation>No se encontró el vínculo nuevo.</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="263"/>
        <source>No Exchange side.</source>
        <translation>No hay lado de Exchange.</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="270"/>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="313"/>
        <source>already gone</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="280"/>
        <source>the item changed since the check; check again</source>
        <translation>el elemento cambió desde la comprobación; vuelva a comprobar</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="318"/>
        <source>already deleted</source>
        <translation>ya eliminado</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="325"/>
        <source>the record changed since the check; check again</source>
        <translation>el registro cambió desde la comprobación; vuelva a comprobar</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="416"/>
        <source>%1: would %2</source>
        <translation>%1: acción prevista: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="431"/>
        <source>Dry run: %n repair(s) planned, nothing written; %1 finding(s) left for the admin.</source>
        <translation>
            <numerusform>Simulación: %n reparación prevista, no se escribió nada; %1 hallazgo(s) para el administrador.</numerusform>
            <numerusform>Simulación: %n reparaciones previstas, no se escribió nada; %1 hallazgo(s) para el administrador.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="434"/>
        <source>%n repair(s) done</source>
        <translation>
            <numerusform>%n reparación hecha</numerusform>
            <numerusform>%n reparaciones hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="436"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="438"/>
        <source>%n left alone</source>
        <translation>
            <numerusform>%n se deja como está</numerusform>
            <numerusform>%n se dejan como están</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyRepairer.cpp" line="440"/>
        <source>stopped before the end</source>
        <translation>detenido antes del final</translation>
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
        <translation>Huérfano</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="34"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="36"/>
        <source>Unlinked twin</source>
        <translation>Gemelo sin vincular</translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="38"/>
        <source>Field drift</source>
        <translation>Diferencia de campos</translation>
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
            <numerusform>%n buzón, %1 elemento(s) de Outlook, %2 registro(s) de CRM, %3 vínculo(s)</numerusform>
            <numerusform>%n buzones, %1 elemento(s) de Outlook, %2 registro(s) de CRM, %3 vínculo(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="122"/>
        <source>No inconsistencies found (%1).</source>
        <translation>No se encontraron incoherencias (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/consistency/ConsistencyTypes.cpp" line="123"/>
        <source>%n finding(s): %1 orphan(s), %2 duplicate(s), %3 unlinked twin(s), %4 with field drift (%5).</source>
        <translation>
            <numerusform>%n hallazgo: %1 huérfano(s), %2 duplicado(s), %3 gemelo(s) sin vincular, %4 con diferencias de campos (%5).</numerusform>
            <numerusform>%n hallazgos: %1 huérfano(s), %2 duplicado(s), %3 gemelo(s) sin vincular, %4 con diferencias de campos (%5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxsync::crm::sagecrm::SageCrmConnector</name>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="130"/>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="291"/>
        <source>The CRM sent an invalid %1 in %2: %3.</source>
        <translation>El CRM envió un %1 no válido en %2: %3.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="154"/>
        <source>The CRM sent a %1 page without $resources.</source>
        <translation>El CRM envió una página de %1 sin $resources.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="160"/>
        <source>The CRM sent a %1 page without a valid $totalResults.</source>
        <translation>El CRM envió una página de %1 sin un $totalResults válido.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="167"/>
        <source>The CRM sent a %1 page with a row that is not an object.</source>
        <translation>El CRM envió una página de %1 con una fila que no es un objeto.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="307"/>
        <source>&apos;%1&apos; is not yyyy-MM-ddTHH:mm:ss</source>
        <translation>«%1» no tiene el formato yyyy-MM-ddTHH:mm:ss</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="313"/>
        <source>&apos;%1&apos; is not a valid date/time</source>
        <translation>«%1» no es una fecha y hora válida</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="419"/>
        <source>CRM rejected the logon &apos;%1&apos;: wrong user name or password (HTTP 401).</source>
        <translation>El CRM rechazó el inicio de sesión «%1»: nombre de usuario o contraseña incorrectos (HTTP 401).</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="428"/>
        <source>The CRM has no field %1 (it answered: %2). Add it in Sage CRM under Administration | Customization | %3 | Fields | New: a Text field with the column name %4, length 255; then run Install Scripts again.</source>
        <translation>El CRM no tiene ningún campo %1 (respondió: %2). Añádalo en Sage CRM en Administration | Customization | %3 | Fields | New: un campo Text con el nombre de columna %4 y longitud 255; después vuelva a ejecutar Instalar scripts.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="438"/>
        <source>CRM user &apos;%1&apos; may not use the REST API: %2</source>
        <translation>El usuario de CRM «%1» no puede usar la API REST: %2</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="479"/>
        <source>The CRM answered %1 with something that is not a JSON object.</source>
        <translation>El CRM respondió a %1 con algo que no es un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="487"/>
        <source>The CRM accepted %1 but its answer could not be read; the write is checked before it is repeated.</source>
        <translation>El CRM aceptó %1, pero no se pudo leer su respuesta; la escritura se comprueba antes de repetirla.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="531"/>
        <source>Internal error: an invalid CRM query.</source>
        <translation>Error interno: una consulta de CRM no válida.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="584"/>
        <source>Sage CRM before 2024 R2: single-condition filters; records are ordered and paged by the synchronization (count/startIndex).</source>
        <translation>Sage CRM anterior a 2024 R2: filtros de una sola condición; la sincronización ordena y pagina los registros (count/startIndex).</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="588"/>
        <source>Sage CRM 2024 R2 or later: orderBy and combined filters.</source>
        <translation>Sage CRM 2024 R2 o posterior: orderBy y filtros combinados.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="607"/>
        <source>CRM accepted the logon &apos;%1&apos; but lists no user with it.</source>
        <translation>El CRM aceptó el inicio de sesión «%1», pero no muestra ningún usuario con él.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="675"/>
        <source>$prototypes/%1 lists its fields in a shape this version does not know</source>
        <translation>$prototypes/%1 muestra sus campos con una forma que esta versión no conoce</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="680"/>
        <source>the CRM has no $prototypes/%1 (HTTP %2)</source>
        <translation>el CRM no tiene $prototypes/%1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="702"/>
        <source>%1; no %2 record exists to show its fields</source>
        <translation>%1; no existe ningún registro de %2 que muestre sus campos</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="704"/>
        <source>%1; checked on a %2 record instead</source>
        <translation>%1; comprobado en su lugar en un registro de %2</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="754"/>
        <source>&apos;%1&apos; is not a CRM user id.</source>
        <translation>«%1» no es un id. de usuario de CRM.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="772"/>
        <source>A CRM user needs a logon.</source>
        <translation>Un usuario de CRM necesita un inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="794"/>
        <source>The CRM already has a user with the logon &apos;%1&apos;.</source>
        <translation>El CRM ya tiene un usuario con el inicio de sesión «%1».</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="808"/>
        <source>An appointment needs a valid start and an end not before it.</source>
        <translation>Una cita necesita un inicio válido y un final que no sea anterior a él.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="838"/>
        <source>An appointment update needs a CRM id, a start and an end.</source>
        <translation>Una actualización de cita necesita un id. de CRM, un inicio y un final.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="843"/>
        <source>A reminder needs the appointment&apos;s start.</source>
        <translation>Un recordatorio necesita el inicio de la cita.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="870"/>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="898"/>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="934"/>
        <source>&apos;%1&apos; is not a CRM appointment id.</source>
        <translation>«%1» no es un id. de cita de CRM.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="915"/>
        <source>CRM communication %1 is a %2, not an appointment.</source>
        <translation>La comunicación de CRM %1 es de tipo %2, no una cita.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="990"/>
        <source>No Exchange id to look for.</source>
        <translation>No hay ningún id. de Exchange que buscar.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="1093"/>
        <source>&apos;%1&apos; is not a CRM id.</source>
        <translation>«%1» no es un id. de CRM.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="1101"/>
        <source>No CRM appointment id.</source>
        <translation>No hay ningún id. de cita de CRM.</translation>
    </message>
    <message>
        <location filename="../core/crm/sagecrm/SageCrmConnector.cpp" line="1311"/>
        <source>The CRM sent %1 with Comm_UpdatedDate %2 when asked for %3.</source>
        <translation>El CRM envió %1 con Comm_UpdatedDate %2 cuando se pidió %3.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::EwsAutodiscover</name>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="135"/>
        <source>The answer is not an Autodiscover document (&lt;%1&gt;).</source>
        <translation>La respuesta no es un documento de Autodiscover (&lt;%1&gt;).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="139"/>
        <source>The Autodiscover answer has no Response.</source>
        <translation>La respuesta de Autodiscover no tiene Response.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="151"/>
        <source>The Autodiscover answer has neither Account nor Error.</source>
        <translation>La respuesta de Autodiscover no tiene ni Account ni Error.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="161"/>
        <source>The Autodiscover answer says %1 but names no target.</source>
        <translation>La respuesta de Autodiscover indica %1, pero no nombra ningún destino.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="165"/>
        <source>The Autodiscover answer has the unknown Action &apos;%1&apos;.</source>
        <translation>La respuesta de Autodiscover tiene la Action desconocida «%1».</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="181"/>
        <source>The Autodiscover answer names no EWS URL (EwsUrl of EXCH or EXPR).</source>
        <translation>La respuesta de Autodiscover no nombra ninguna URL de EWS (EwsUrl de EXCH o EXPR).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="192"/>
        <source>Autodiscover has nowhere to ask for &apos;%1&apos;: the address has no valid domain.</source>
        <translation>Autodiscover no tiene dónde preguntar por «%1»: la dirección no tiene un dominio válido.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="227"/>
        <source>No Autodiscover endpoint answered.</source>
        <translation>No respondió ningún punto de conexión de Autodiscover.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="228"/>
        <source>Autodiscover found no EWS URL for %1: %2</source>
        <translation>Autodiscover no encontró ninguna URL de EWS para %1: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="258"/>
        <source>the server answered: %1</source>
        <translation>el servidor respondió: %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="264"/>
        <source>it names the EWS URL %1, which is not reached over https from an https answer; the password is not sent there (set the EWS URL if it is right)</source>
        <translation>nombra la URL de EWS %1, a la que no se llega por https desde una respuesta https; la contraseña no se envía allí (defina la URL de EWS si es correcta)</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="286"/>
        <source>more than %1 Autodiscover redirects; not followed further</source>
        <translation>más de %1 redirecciones de Autodiscover; no se siguen más</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="293"/>
        <source>it redirects to &apos;%1&apos;, which is not an e-mail address</source>
        <translation>redirige a «%1», que no es una dirección de correo</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsAutodiscover.cpp" line="308"/>
        <source>it redirects to %1, which is not an https URL named by an https answer; not followed, so that the password stays in the organisation</source>
        <translation>redirige a %1, que no es una URL https nombrada por una respuesta https; no se sigue, para que la contraseña no salga de la organización</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::EwsConnector</name>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="254"/>
        <source>The Exchange server %1 refused the account %2 (HTTP 401): check the NT Domain\Account and its password; the account may also be locked or its password expired.</source>
        <translation>El servidor Exchange %1 rechazó la cuenta %2 (HTTP 401): compruebe el Dominio\cuenta NT y su contraseña; puede que la cuenta esté bloqueada o que su contraseña haya caducado.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="258"/>
        <source>The Exchange server %1 refused the account %2 access to EWS (HTTP 403).</source>
        <translation>El servidor Exchange %1 denegó a la cuenta %2 el acceso a EWS (HTTP 403).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="270"/>
        <source>The Exchange server %1 answered %2 with its error page instead of EWS (the front end redirects there when the mailbox server behind it fails); it is tried again later.</source>
        <translation>El servidor Exchange %1 respondió a %2 con su página de error en lugar de EWS (el servidor front-end redirige allí cuando falla el servidor de buzones que tiene detrás); se volverá a intentar más tarde.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="312"/>
        <source>(gave up after %n attempts)</source>
        <translation>
            <numerusform>(se abandonó tras %n intento)</numerusform>
            <numerusform>(se abandonó tras %n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="392"/>
        <source>EWS answered GetItem for %1 items with %2 response messages.</source>
        <translation>EWS respondió a GetItem para %1 elementos con %2 mensajes de respuesta.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="409"/>
        <source>EWS answered GetItem for item %1 without the item.</source>
        <translation>EWS respondió a GetItem para el elemento %1 sin el elemento.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="413"/>
        <source>EWS item %1 is a %2, not a calendar item.</source>
        <translation>El elemento de EWS %1 es de tipo %2, no un elemento de calendario.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="469"/>
        <source>EWS answered GetItem for %1 recurring masters with %2 response messages.</source>
        <translation>EWS respondió a GetItem para %1 patrones de serie con %2 mensajes de respuesta.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="510"/>
        <source>The series master of EWS occurrence %1 could not be read.</source>
        <translation>No se pudo leer el patrón de serie de la repetición de EWS %1.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="520"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1137"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1204"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1254"/>
        <source>No event id given.</source>
        <translation>No se indicó ningún id. de evento.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="542"/>
        <source>EWS answered GetItem for one item with %1 response messages.</source>
        <translation>EWS respondió a GetItem para un elemento con %1 mensajes de respuesta.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="554"/>
        <source>EWS returned item %1 without ChangeKey.</source>
        <translation>EWS devolvió el elemento %1 sin ChangeKey.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="589"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="780"/>
        <source>EWS answered SyncFolderItems with %1 response messages.</source>
        <translation>EWS respondió a SyncFolderItems con %1 mensajes de respuesta.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="599"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="797"/>
        <source>EWS answered SyncFolderItems for %1 without SyncState or IncludesLastItemInRange.</source>
        <translation>EWS respondió a SyncFolderItems para %1 sin SyncState ni IncludesLastItemInRange.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="650"/>
        <source>EWS answered FindItem with %1 response messages.</source>
        <translation>EWS respondió a FindItem con %1 mensajes de respuesta.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="659"/>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1354"/>
        <source>EWS answered FindItem for %1 without RootFolder.</source>
        <translation>EWS respondió a FindItem para %1 sin RootFolder.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="666"/>
        <source>The calendar of %1 holds more items in one hour (from %2) than EWS returns at once.</source>
        <translation>El calendario de %1 contiene más elementos en una hora (desde %2) de los que EWS devuelve de una vez.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="685"/>
        <source>EWS answered FindItem for %1 with an item without ItemId.</source>
        <translation>EWS respondió a FindItem para %1 con un elemento sin ItemId.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="701"/>
        <source>The sync window is empty.</source>
        <translation>La ventana de sincronización está vacía.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="703"/>
        <source>No mailbox given.</source>
        <translation>No se indicó ningún buzón.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="817"/>
        <source>EWS reported a %1 change in the calendar of %2 without ItemId.</source>
        <translation>EWS notificó un cambio %1 en el calendario de %2 sin ItemId.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="880"/>
        <source>EWS returned recurring master %1 without UID: its occurrences cannot be found.</source>
        <translation>EWS devolvió el patrón de serie %1 sin UID: no se pueden encontrar sus repeticiones.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="891"/>
        <source>The series master of EWS %1 %2 could not be read.</source>
        <translation>No se pudo leer el patrón de serie del elemento de EWS %1 %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1042"/>
        <source>EWS answered the search for transaction %1 in %2 without the items.</source>
        <translation>EWS respondió a la búsqueda de la transacción %1 en %2 sin los elementos.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1050"/>
        <source>EWS answered the search for transaction %1 in %2 with an item without ItemId.</source>
        <translation>EWS respondió a la búsqueda de la transacción %1 en %2 con un elemento sin ItemId.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1096"/>
        <source>EWS created the event but answered without its ItemId; it is looked for before it is created again.</source>
        <translation>EWS creó el evento, pero respondió sin su ItemId; se busca antes de volver a crearlo.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1242"/>
        <source>Event %1 changed in Exchange since it was read; it is not deleted.</source>
        <translation>El evento %1 cambió en Exchange desde que se leyó; no se elimina.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1287"/>
        <source>EWS answered CreateItem (cancel) with %1 response messages.</source>
        <translation>EWS respondió a CreateItem (cancelación) con %1 mensajes de respuesta.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1303"/>
        <source>The range to look at is empty.</source>
        <translation>El intervalo que examinar está vacío.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsConnector.cpp" line="1346"/>
        <source>Check that %1 is a mailbox on this server and that the account may open its calendar (impersonation, or delegate rights when impersonation is off).</source>
        <translation>Compruebe que %1 es un buzón de este servidor y que la cuenta puede abrir su calendario (suplantación, o derechos de delegado si la suplantación está desactivada).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsPush.cpp" line="22"/>
        <source>The EWS push subscription %1 is not held any more.</source>
        <translation>La suscripción push de EWS %1 ya no está vigente.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsPush.cpp" line="88"/>
        <source>EWS answered Subscribe without SubscriptionId.</source>
        <translation>EWS respondió a Subscribe sin SubscriptionId.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsPush.cpp" line="108"/>
        <source>A push subscription needs a mailbox and the listener&apos;s http(s) URL.</source>
        <translation>Una suscripción push necesita un buzón y la URL http(s) del receptor.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsPush.cpp" line="232"/>
        <source>An EWS SendNotification without Notification/SubscriptionId.</source>
        <translation>Un SendNotification de EWS sin Notification/SubscriptionId.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsUsers.cpp" line="21"/>
        <source>Exchange Server (EWS) has no directory listing: its users are resolved one by one (by e-mail address, alias, then name) when CRM users are linked.</source>
        <translation>Exchange Server (EWS) no tiene ninguna lista de directorio: sus usuarios se resuelven uno a uno (por dirección de correo, alias y después nombre) cuando se vinculan los usuarios de CRM.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsUsers.cpp" line="68"/>
        <source>A user is resolved by e-mail address, alias or first and last name; none was given.</source>
        <translation>Un usuario se resuelve por dirección de correo, alias o nombre y apellidos; no se indicó ninguno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/ews/EwsUsers.cpp" line="81"/>
        <source>&quot;%1&quot; matches %n Exchange mailboxes: %2.</source>
        <translation>
            <numerusform>«%1» coincide con %n buzón de Exchange: %2.</numerusform>
            <numerusform>«%1» coincide con %n buzones de Exchange: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsUsers.cpp" line="175"/>
        <source>No Exchange mailbox matches %1.</source>
        <translation>Ningún buzón de Exchange coincide con %1.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::ExchangeConnector</name>
    <message>
        <location filename="../core/exchange/ExchangeConnector.cpp" line="31"/>
        <source>this Exchange server does not push notifications in this form</source>
        <translation>este servidor Exchange no envía notificaciones de esta forma</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphBatchWriter</name>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="115"/>
        <source>No mailbox given for the batch.</source>
        <translation>No se indicó ningún buzón para el lote.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="131"/>
        <source>No event id given.</source>
        <translation>No se indicó ningún id. de evento.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="245"/>
        <source>Graph answered a $batch request without a &quot;responses&quot; list.</source>
        <translation>Graph respondió a una solicitud $batch sin una lista «responses».</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="259"/>
        <source>Graph&apos;s $batch answer has no response for request %1.</source>
        <translation>La respuesta $batch de Graph no tiene respuesta para la solicitud %1.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="275"/>
        <source>Graph answered $batch request %1 without a valid status.</source>
        <translation>Graph respondió a la solicitud $batch %1 sin un estado válido.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="304"/>
        <source>Graph answered $batch request %1 with HTTP %2 but without the event.</source>
        <translation>Graph respondió a la solicitud $batch %1 con HTTP %2, pero sin el evento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="355"/>
        <source>(gave up after %n attempts)</source>
        <translation>
            <numerusform>(se abandonó tras %n intento)</numerusform>
            <numerusform>(se abandonó tras %n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphBatchWriter.cpp" line="380"/>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphCalendarProbe</name>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="38"/>
        <source>the calendar of %1 answered with something that is not a calendar view</source>
        <translation>el calendario de %1 respondió con algo que no es una vista de calendario</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="56"/>
        <source>the mailbox is inactive, soft-deleted or hosted on-premises</source>
        <translation>el buzón está inactivo, eliminado temporalmente o alojado de forma local</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="58"/>
        <source>access denied: the app registration needs Calendars.ReadWrite with admin consent, and an application access policy must include this mailbox</source>
        <translation>acceso denegado: el registro de la aplicación necesita Calendars.ReadWrite con consentimiento de administrador, y una directiva de acceso a aplicaciones debe incluir este buzón</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="62"/>
        <source>there is no such mailbox</source>
        <translation>ese buzón no existe</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="64"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphCalendarProbe.cpp" line="75"/>
        <source>A calendar probe needs a mailbox and a time range.</source>
        <translation>Una prueba de calendario necesita un buzón y un intervalo de tiempo.</translation>
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
        <translation>Graph respondió con una página de usuarios sin «value».</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="236"/>
        <source>Graph answered an unusable @odata.nextLink for users.</source>
        <translation>Graph respondió con un @odata.nextLink inutilizable para los usuarios.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="248"/>
        <source>Graph returned a user without id (%1).</source>
        <translation>Graph devolvió un usuario sin id. (%1).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="250"/>
        <source>Graph returned user %1 without userPrincipalName.</source>
        <translation>Graph devolvió el usuario %1 sin userPrincipalName.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="258"/>
        <source>Graph returned user %1 with a non-boolean accountEnabled.</source>
        <translation>Graph devolvió el usuario %1 con un accountEnabled no booleano.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="290"/>
        <source>Graph returned an unreadable %1 &quot;%2&quot; for item %3.</source>
        <translation>Graph devolvió un %1 «%2» ilegible para el elemento %3.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="299"/>
        <source>Graph returned item %1 without %2.</source>
        <translation>Graph devolvió el elemento %1 sin %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="305"/>
        <source>Graph returned item %1 with an unknown time zone &quot;%2&quot; in %3.</source>
        <translation>Graph devolvió el elemento %1 con una zona horaria desconocida «%2» en %3.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="310"/>
        <source>Graph returned item %1 with %2 in UTC but labelled &quot;%3&quot;.</source>
        <translation>Graph devolvió el elemento %1 con %2 en UTC, pero etiquetado como «%3».</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="319"/>
        <source>Graph returned item %1 with %2 %3 that does not exist in %4.</source>
        <translation>Graph devolvió el elemento %1 con %2 %3, que no existe en %4.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="331"/>
        <source>Graph returned an event without id (subject &quot;%1&quot;).</source>
        <translation>Graph devolvió un evento sin id. (asunto «%1»).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="342"/>
        <source>Graph returned %1 %2 without seriesMasterId.</source>
        <translation>Graph devolvió %1 %2 sin seriesMasterId.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="363"/>
        <source>Graph returned item %1 ending before it starts.</source>
        <translation>Graph devolvió el elemento %1, que termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="396"/>
        <source>Graph returned item %1 with an unreadable reminderMinutesBeforeStart.</source>
        <translation>Graph devolvió el elemento %1 con un reminderMinutesBeforeStart ilegible.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="408"/>
        <source>Graph returned item %1 with an attendee without address.</source>
        <translation>Graph devolvió el elemento %1 con un asistente sin dirección.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="426"/>
        <source>Unknown time zone &quot;%1&quot; for event &quot;%2&quot;.</source>
        <translation>Zona horaria desconocida «%1» para el evento «%2».</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="429"/>
        <source>Event &quot;%1&quot; needs a valid start before its end.</source>
        <translation>El evento «%1» necesita un inicio válido anterior a su final.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="492"/>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="650"/>
        <source>No event id given.</source>
        <translation>No se indicó ningún id. de evento.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="521"/>
        <source>The sync window is empty.</source>
        <translation>La ventana de sincronización está vacía.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="534"/>
        <source>The stored change cursor of %1 is not a link to %2.</source>
        <translation>El cursor de cambios guardado de %1 no es un enlace a %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="557"/>
        <source>Graph answered a calendarView/delta page for %1 without &quot;value&quot;.</source>
        <translation>Graph respondió con una página de calendarView/delta para %1 sin «value».</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="565"/>
        <source>Graph answered a calendarView/delta page for %1 without a usable @odata.nextLink or @odata.deltaLink.</source>
        <translation>Graph respondió con una página de calendarView/delta para %1 sin un @odata.nextLink ni un @odata.deltaLink utilizable.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="595"/>
        <source>%1: moving the stored Outlook ids to immutable ids failed: %2</source>
        <translation>%1: el paso de los id. de Outlook guardados a id. inmutables falló: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="639"/>
        <source>The answer to creating the event could not be read (%1); the event may exist, so it is looked for before it is created again.</source>
        <translation>No se pudo leer la respuesta a la creación del evento (%1); puede que el evento exista, así que se busca antes de volver a crearlo.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="679"/>
        <source>No mailbox given.</source>
        <translation>No se indicó ningún buzón.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="682"/>
        <source>translateExchangeIds takes 1 to %1 ids, not %2.</source>
        <translation>translateExchangeIds admite de 1 a %1 id., no %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="687"/>
        <source>An empty id cannot be translated.</source>
        <translation>No se puede traducir un id. vacío.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="711"/>
        <source>Graph answered translateExchangeIds without &quot;value&quot;.</source>
        <translation>Graph respondió a translateExchangeIds sin «value».</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="719"/>
        <source>Graph&apos;s translateExchangeIds answer names an id that was not asked for (%1).</source>
        <translation>La respuesta de Graph a translateExchangeIds nombra un id. que no se pidió (%1).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphConnector.cpp" line="730"/>
        <source>Graph&apos;s translateExchangeIds answer for %1 has neither targetId nor errorDetails.</source>
        <translation>La respuesta de Graph a translateExchangeIds para %1 no tiene ni targetId ni errorDetails.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphDeltaReader</name>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="135"/>
        <source>The delta window is empty.</source>
        <translation>La ventana delta está vacía.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="198"/>
        <source>Graph answered a calendarView/delta page for %1 without &quot;value&quot;.</source>
        <translation>Graph respondió con una página de calendarView/delta para %1 sin «value».</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="209"/>
        <source>Graph answered a calendarView/delta page for %1 without a usable @odata.nextLink or @odata.deltaLink.</source>
        <translation>Graph respondió con una página de calendarView/delta para %1 sin un @odata.nextLink ni un @odata.deltaLink utilizable.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphDeltaReader.cpp" line="228"/>
        <source>The delta round was stopped.</source>
        <translation>Se detuvo la ronda delta.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphIdMigration</name>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="25"/>
        <source>journal: %1: %2</source>
        <translation>diario: %1: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="115"/>
        <source>reading the id format of %1</source>
        <translation>leyendo el formato de id. de %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="132"/>
        <source>reading the stored ids of %1</source>
        <translation>leyendo los id. guardados de %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="147"/>
        <source>storing the immutable ids of %1</source>
        <translation>guardando los id. inmutables de %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="196"/>
        <source>%1 already has a row under the immutable id %2</source>
        <translation>%1 ya tiene una fila con el id. inmutable %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="272"/>
        <source>No journal or Graph connection to migrate ids with.</source>
        <translation>No hay ningún diario ni conexión con Graph con los que migrar los id.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="274"/>
        <source>No mailbox given.</source>
        <translation>No se indicó ningún buzón.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="340"/>
        <source>translateExchangeIds did not answer for it</source>
        <translation>translateExchangeIds no respondió para él</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphIdMigration.cpp" line="385"/>
        <source>Graph answered the read of %1 without an id.</source>
        <translation>Graph respondió a la lectura de %1 sin un id.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::GraphSubscriptions</name>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="107"/>
        <source>Graph&apos;s subscription answer is not a JSON object (%1).</source>
        <translation>La respuesta de Graph sobre la suscripción no es un objeto JSON (%1).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="124"/>
        <source>Graph&apos;s subscription answer has no id.</source>
        <translation>La respuesta de Graph sobre la suscripción no tiene id.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="128"/>
        <source>Graph&apos;s answer for subscription %1 has no valid expirationDateTime (&apos;%2&apos;).</source>
        <translation>La respuesta de Graph para la suscripción %1 no tiene un expirationDateTime válido («%2»).</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="139"/>
        <source>Graph could not reach the listener at %1 to validate the subscription: %2</source>
        <translation>Graph no pudo llegar al receptor en %1 para validar la suscripción: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="150"/>
        <source>no mailbox given</source>
        <translation>no se indicó ningún buzón</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="153"/>
        <source>the notification URL &apos;%1&apos; is not a URL</source>
        <translation>la URL de notificación «%1» no es una URL</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="155"/>
        <source>the client state is longer than Graph&apos;s 128 characters</source>
        <translation>el estado de cliente supera los 128 caracteres de Graph</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="157"/>
        <source>no expiration given</source>
        <translation>no se indicó ninguna caducidad</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="161"/>
        <source>Cannot subscribe to %1: %2.</source>
        <translation>No se puede suscribir a %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="180"/>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="218"/>
        <source>No subscription id given.</source>
        <translation>No se indicó ningún id. de suscripción.</translation>
    </message>
    <message>
        <location filename="../core/exchange/graph/GraphSubscriptions.cpp" line="197"/>
        <source>A renewal needs a subscription id and an expiration.</source>
        <translation>Una renovación necesita un id. de suscripción y una caducidad.</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::ews</name>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="163"/>
        <source>EWS returned item %1 with a %2 without Mailbox.</source>
        <translation>EWS devolvió el elemento %1 con un %2 sin Mailbox.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsXml.cpp" line="70"/>
        <source>The EWS answer is nested deeper than %1 levels.</source>
        <translation>La respuesta de EWS está anidada a más de %1 niveles.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsXml.cpp" line="86"/>
        <source>The EWS answer is not well-formed XML (line %1, column %2: %3).</source>
        <translation>La respuesta de EWS no es XML bien formado (línea %1, columna %2: %3).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsXml.cpp" line="92"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::ews::EwsCalendarItem</name>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="72"/>
        <source>Unknown time zone &quot;%1&quot; for event &quot;%2&quot;.</source>
        <translation>Zona horaria desconocida «%1» para el evento «%2».</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="77"/>
        <source>Event &quot;%1&quot; needs a valid start before its end.</source>
        <translation>El evento «%1» necesita un inicio válido anterior a su final.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="82"/>
        <source>Event &quot;%1&quot; has a negative reminder time.</source>
        <translation>El evento «%1» tiene un tiempo de recordatorio negativo.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="88"/>
        <source>Event &quot;%1&quot; has an attendee without address.</source>
        <translation>El evento «%1» tiene un asistente sin dirección.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="94"/>
        <source>Event &quot;%1&quot; has an attendee of unknown type &quot;%2&quot;.</source>
        <translation>El evento «%1» tiene un asistente de tipo desconocido «%2».</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="214"/>
        <source>EWS returned an unreadable %1 &quot;%2&quot; for item %3.</source>
        <translation>EWS devolvió un %1 «%2» ilegible para el elemento %3.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="230"/>
        <source>EWS returned item %1 with %2 &quot;%3&quot;, not a boolean.</source>
        <translation>EWS devolvió el elemento %1 con %2 «%3», que no es un booleano.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="264"/>
        <source>EWS returned a calendar item without ItemId (subject &quot;%1&quot;).</source>
        <translation>EWS devolvió un elemento de calendario sin ItemId (asunto «%1»).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="269"/>
        <source>EWS returned item %1 without ChangeKey.</source>
        <translation>EWS devolvió el elemento %1 sin ChangeKey.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="275"/>
        <source>EWS returned item %1 with an unknown Sensitivity &quot;%2&quot;.</source>
        <translation>EWS devolvió el elemento %1 con una Sensitivity desconocida «%2».</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="308"/>
        <source>EWS returned item %1 with an unreadable ReminderMinutesBeforeStart.</source>
        <translation>EWS devolvió el elemento %1 con un ReminderMinutesBeforeStart ilegible.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="330"/>
        <source>EWS returned item %1 without %2.</source>
        <translation>EWS devolvió el elemento %1 sin %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="337"/>
        <source>EWS returned item %1 ending before it starts.</source>
        <translation>EWS devolvió el elemento %1, que termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="359"/>
        <source>EWS returned item %1 with an unknown CalendarItemType &quot;%2&quot;.</source>
        <translation>EWS devolvió el elemento %1 con un CalendarItemType desconocido «%2».</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="365"/>
        <source>EWS returned item %1 with an unknown MyResponseType &quot;%2&quot;.</source>
        <translation>EWS devolvió el elemento %1 con un MyResponseType desconocido «%2».</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="394"/>
        <source>EWS returned item %1 with an attendee without EmailAddress.</source>
        <translation>EWS devolvió el elemento %1 con un asistente sin EmailAddress.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="401"/>
        <source>EWS returned item %1 with an unknown attendee ResponseType &quot;%2&quot;.</source>
        <translation>EWS devolvió el elemento %1 con un ResponseType de asistente desconocido «%2».</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsCalendarItem.cpp" line="412"/>
        <source>EWS returned item %1 with an unknown time zone &quot;%2&quot;.</source>
        <translation>EWS devolvió el elemento %1 con una zona horaria desconocida «%2».</translation>
    </message>
</context>
<context>
    <name>cxsync::exchange::ews::EwsResponse</name>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="97"/>
        <source>The EWS server answered %1 with HTTP %2 and no SOAP message.</source>
        <translation>El servidor EWS respondió a %1 con HTTP %2 y sin mensaje SOAP.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="101"/>
        <source>The EWS answer to %1 could not be read: %2</source>
        <translation>No se pudo leer la respuesta de EWS a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="139"/>
        <source>The EWS answer to %1 has no response messages (HTTP %2).</source>
        <translation>La respuesta de EWS a %1 no tiene mensajes de respuesta (HTTP %2).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="151"/>
        <source>The EWS answer to %1 has a response message with ResponseClass &quot;%2&quot;.</source>
        <translation>La respuesta de EWS a %1 tiene un mensaje de respuesta con ResponseClass «%2».</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="214"/>
        <source>EWS answered %1 with %2 response messages.</source>
        <translation>EWS respondió a %1 con %2 mensajes de respuesta.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="230"/>
        <source>EWS %1 failed: %2.</source>
        <translation>EWS %1 falló: %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="231"/>
        <source>EWS %1 failed: %2 (%3).</source>
        <translation>EWS %1 falló: %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="234"/>
        <source>The server asks to wait %1 s.</source>
        <translation>El servidor pide esperar %1 s.</translation>
    </message>
    <message>
        <location filename="../core/exchange/ews/EwsSoap.cpp" line="238"/>
        <source>Give the service account the ApplicationImpersonation role, e.g. New-ManagementRoleAssignment -Name &quot;cxsync impersonation&quot; -Role ApplicationImpersonation -User &lt;service account&gt;.</source>
        <translation>Asigne a la cuenta de servicio el rol ApplicationImpersonation, p. ej. New-ManagementRoleAssignment -Name &quot;cxsync impersonation&quot; -Role ApplicationImpersonation -User &lt;service account&gt;.</translation>
    </message>
</context>
<context>
    <name>cxsync::health::HealthReader</name>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="349"/>
        <source>No mailbox of a CRM user &quot;%1&quot; in the journal (see cxsync users list).</source>
        <translation>No hay ningún buzón de un usuario de CRM «%1» en el diario (consulte cxsync users list).</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="593"/>
        <source>The service has never run on this journal: changes cross only when &apos;cxsync sync&apos; runs (a scheduled task).</source>
        <translation>El servicio nunca se ha ejecutado con este diario: los cambios solo pasan cuando se ejecuta «cxsync sync» (una tarea programada).</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="598"/>
        <source>The service is not running: it was stopped on %1 at %2.</source>
        <translation>El servicio no se está ejecutando: se detuvo en %1 a las %2.</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="605"/>
        <source>The service is not running: no heartbeat from %1 for %2 (crashed, killed or hung).</source>
        <translation>El servicio no se está ejecutando: sin señal de actividad de %1 desde hace %2 (falló, se terminó a la fuerza o está bloqueado).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="612"/>
        <source>%n failed message(s) open for more than %1 (the oldest failed %2 ago).</source>
        <translation>
            <numerusform>%n mensaje fallido abierto desde hace más de %1 (el más antiguo falló hace %2).</numerusform>
            <numerusform>%n mensajes fallidos abiertos desde hace más de %1 (el más antiguo falló hace %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="617"/>
        <source>%n failed message(s) waiting for a retry or the admin.</source>
        <translation>
            <numerusform>%n mensaje fallido espera un reintento o al administrador.</numerusform>
            <numerusform>%n mensajes fallidos esperan un reintento o al administrador.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="621"/>
        <source>CRM → Exchange: 99% of changes crossed within %1, more than %2.</source>
        <translation>CRM → Exchange: el 99 % de los cambios pasó en %1, más de %2.</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="626"/>
        <source>Exchange → CRM: 99% of notifications were handled within %1, more than %2.</source>
        <translation>Exchange → CRM: el 99 % de las notificaciones se trató en %1, más de %2.</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="637"/>
        <source>not linked: its link is contested (see the Users page)</source>
        <translation>sin vincular: su vínculo está en disputa (consulte la página Usuarios)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="642"/>
        <source>%n failed message(s), the oldest %1 old</source>
        <translation>
            <numerusform>%n mensaje fallido, el más antiguo de hace %1</numerusform>
            <numerusform>%n mensajes fallidos, el más antiguo de hace %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="647"/>
        <source>%n failed message(s) waiting</source>
        <translation>
            <numerusform>%n mensaje fallido en espera</numerusform>
            <numerusform>%n mensajes fallidos en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="650"/>
        <source>its change subscription failed: %1</source>
        <translation>su suscripción de cambios falló: %1</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="654"/>
        <source>its change subscription %1</source>
        <translation>su suscripción de cambios %1</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="658"/>
        <source>no change subscription (Install Scripts creates it); polling covers it</source>
        <translation>sin suscripción de cambios (Instalar scripts la crea); el sondeo lo cubre</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="661"/>
        <source>its changes have never been read</source>
        <translation>sus cambios nunca se han leído</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="665"/>
        <location filename="../core/health/HealthReport.cpp" line="670"/>
        <source>its changes were last read %1 ago</source>
        <translation>sus cambios se leyeron por última vez hace %1</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="674"/>
        <source>its last canary round was %1</source>
        <translation>su última ronda de testigo fue %1</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="678"/>
        <source>its last canary arrived late</source>
        <translation>su último testigo llegó con retraso</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="687"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="692"/>
        <source>No linked mailbox: nothing is synchronized (Sync Users With CRM links them).</source>
        <translation>No hay buzones vinculados: no se sincroniza nada (Sincronizar usuarios con CRM los vincula).</translation>
    </message>
</context>
<context>
    <name>cxsync::health::HealthReport</name>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="48"/>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="50"/>
        <source>Amber</source>
        <translation>Ámbar</translation>
    </message>
    <message>
        <location filename="../core/health/HealthReport.cpp" line="52"/>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="81"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="83"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="85"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/health/HealthReport.cpp" line="86"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxsync::net::HttpClient</name>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="304"/>
        <source>No PEM certificate could be read from %1.</source>
        <translation>No se pudo leer ningún certificado PEM de %1.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="314"/>
        <source>The pinned certificate fingerprint must be 64 hexadecimal digits (SHA-256).</source>
        <translation>La huella del certificado fijado debe tener 64 dígitos hexadecimales (SHA-256).</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="330"/>
        <source>Not an http(s) URL: %1</source>
        <translation>No es una URL http(s): %1</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="335"/>
        <source>The network is not available.</source>
        <translation>La red no está disponible.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="489"/>
        <source>the server certificate (SHA-256 %1) does not match the pinned fingerprint %2</source>
        <translation>el certificado del servidor (SHA-256 %1) no coincide con la huella fijada %2</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="548"/>
        <source>%1 redirected the request more than %2 times (the last HTTP %3 to %4); not followed further.</source>
        <translation>%1 redirigió la solicitud más de %2 veces (la última, HTTP %3, a %4); no se sigue más.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="554"/>
        <source>%1 answered HTTP %2, a redirect to %3. Redirects to another server, scheme or port are not followed, so that credentials never leave the configured server: enter the final address in the settings.</source>
        <translation>%1 respondió HTTP %2, una redirección a %3. Las redirecciones a otro servidor, esquema o puerto no se siguen, para que las credenciales nunca salgan del servidor configurado: introduzca la dirección final en la configuración.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="568"/>
        <source>TLS certificate problem with %1: %2</source>
        <translation>Problema con el certificado TLS de %1: %2</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="628"/>
        <source>No answer from %1 within the timeout of %2 ms.</source>
        <translation>Sin respuesta de %1 dentro del tiempo de espera de %2 ms.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="631"/>
        <source>The connection to %1 closed after the request was sent; it was not sent again because the server may have carried it out.</source>
        <translation>La conexión con %1 se cerró después de enviar la solicitud; no se volvió a enviar porque puede que el servidor la haya ejecutado.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="635"/>
        <source>Server %1 not found: check the server name.</source>
        <translation>No se encontró el servidor %1: compruebe el nombre del servidor.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="638"/>
        <source>Connection to %1 failed: %2</source>
        <translation>La conexión con %1 falló: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/HttpClient.cpp" line="641"/>
        <source>(gave up after %n attempts)</source>
        <translation>
            <numerusform>(se abandonó tras %n intento)</numerusform>
            <numerusform>(se abandonó tras %n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="676"/>
        <source>Request to %1 cancelled.</source>
        <translation>Solicitud a %1 cancelada.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="719"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 respondió HTTP %2.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="720"/>
        <source>%1 answered HTTP %2 (%3).</source>
        <translation>%1 respondió HTTP %2 (%3).</translation>
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
        <translation>libcurl no pudo iniciar una transferencia</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="168"/>
        <source>sending the mail was cancelled</source>
        <translation>se canceló el envío del correo</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="172"/>
        <location filename="../core/notify/ErrorMailer.cpp" line="212"/>
        <source>the SMTP server %1 refused the login of &apos;%2&apos;: %3</source>
        <translation>el servidor SMTP %1 rechazó el inicio de sesión de «%2»: %3</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="175"/>
        <source>the SMTP server &apos;%1&apos; was not found</source>
        <translation>no se encontró el servidor SMTP «%1»</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="179"/>
        <source>cannot connect to the SMTP server %1: %2</source>
        <translation>no se puede conectar con el servidor SMTP %1: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="183"/>
        <source>the SMTP server %1 did not answer within %2 seconds</source>
        <translation>el servidor SMTP %1 no respondió en %2 segundos</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="190"/>
        <source>the SMTP server %1 does not offer STARTTLS; choose &apos;tls&apos; (port 465) or ask for STARTTLS to be enabled</source>
        <translation>el servidor SMTP %1 no ofrece STARTTLS; elija «tls» (puerto 465) o pida que se active STARTTLS</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="199"/>
        <source>TLS with the SMTP server %1 failed: %2 (trust its CA with tls/extraCaFile)</source>
        <translation>TLS con el servidor SMTP %1 falló: %2 (confíe en su CA con tls/extraCaFile)</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="209"/>
        <source>the SMTP server %1 requires a login: set smtp/user and the smtp-password secret (%2)</source>
        <translation>el servidor SMTP %1 requiere inicio de sesión: defina smtp/user y el secreto smtp-password (%2)</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="216"/>
        <source>the SMTP server %1 asks to try later: %2</source>
        <translation>el servidor SMTP %1 pide intentarlo más tarde: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="219"/>
        <source>the SMTP server %1 refused the mail: %2</source>
        <translation>el servidor SMTP %1 rechazó el correo: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="222"/>
        <source>sending mail through %1 failed: %2</source>
        <translation>el envío de correo a través de %1 falló: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="235"/>
        <source>%1 is not set: error e-mail cannot be sent</source>
        <translation>%1 no está definido: no se puede enviar el correo de error</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="250"/>
        <source>SMTP port %1 is out of range</source>
        <translation>el puerto SMTP %1 está fuera de rango</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="261"/>
        <source>%1 is not set: error e-mail needs a sender</source>
        <translation>%1 no está definido: el correo de error necesita un remitente</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="268"/>
        <source>the SMTP password would cross the network unencrypted: choose starttls or tls for %1, or remove the SMTP user</source>
        <translation>la contraseña SMTP cruzaría la red sin cifrar: elija starttls o tls para %1, o quite el usuario SMTP</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorMailer.cpp" line="289"/>
        <source>the SMTP user &apos;%1&apos; is set but no %2 is stored (cxsync secret set %3)</source>
        <translation>el usuario SMTP «%1» está definido, pero no hay guardado ningún valor para %2 (cxsync secret set %3)</translation>
    </message>
</context>
<context>
    <name>cxsync::notify::ErrorNotifier</name>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="122"/>
        <source>[CRM Exchange Sync] the synthetic canary was late or lost on %1</source>
        <translation>[CRM Exchange Sync] el testigo sintético llegó tarde o se perdió en %1</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="124"/>
        <source>[CRM Exchange Sync] %1 failed message(s), %2 parked, on %3</source>
        <translation>[CRM Exchange Sync] %1 mensaje(s) fallido(s), %2 apartado(s), en %3</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="128"/>
        <source>[CRM Exchange Sync] %1 failed message(s) on %2</source>
        <translation>[CRM Exchange Sync] %1 mensaje(s) fallido(s) en %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="132"/>
        <source>CRM Exchange Sync on %1 applied every change, but its synthetic canary was late or lost: changes are slow to cross, or do not cross at all.</source>
        <translation>CRM Exchange Sync en %1 aplicó todos los cambios, pero su testigo sintético llegó tarde o se perdió: los cambios tardan en pasar, o no pasan.</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="137"/>
        <source>CRM Exchange Sync on %1 could not apply %2 change(s) since the last report (%3).</source>
        <translation>CRM Exchange Sync en %1 no pudo aplicar %2 cambio(s) desde el último informe (%3).</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="141"/>
        <source>CRM Exchange Sync on %1 could not apply %2 change(s).</source>
        <translation>CRM Exchange Sync en %1 no pudo aplicar %2 cambio(s).</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="143"/>
        <source>By error kind:</source>
        <translation>Por tipo de error:</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="147"/>
        <source>By state:</source>
        <translation>Por estado:</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="151"/>
        <source>parked: waits for you</source>
        <translation>apartado: espera su intervención</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="153"/>
        <source>waiting: retried automatically</source>
        <translation>en espera: se reintenta automáticamente</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="155"/>
        <source>being retried now</source>
        <translation>reintentándose ahora</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="159"/>
        <source>Newest errors:</source>
        <translation>Errores más recientes:</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="167"/>
        <source>      waiting, attempt %1, next attempt %2</source>
        <translation>      en espera, intento %1, próximo intento %2</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="174"/>
        <source>  ... and %1 more</source>
        <translation>  ... y %1 más</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="179"/>
        <source>Synthetic canary (a private test appointment written on one side and looked for on the other):</source>
        <translation>Testigo sintético (una cita de prueba privada escrita en un lado y buscada en el otro):</translation>
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
        <translation>  %1  %2  %3  con retraso: llegó tras %4 s</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="193"/>
        <source>Open messages in total: %1 (%2 parked).</source>
        <translation>Mensajes abiertos en total: %1 (%2 apartados).</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="195"/>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="196"/>
        <source>  cxsync queue list            every failed message, newest first</source>
        <translation>  cxsync queue list            cada mensaje fallido, el más reciente primero</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="197"/>
        <source>  cxsync queue show ID         one message: the change, the error, every attempt</source>
        <translation>  cxsync queue show ID         un mensaje: el cambio, el error, cada intento</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="198"/>
        <source>  cxsync queue retry --all     retry what is waiting or parked, after fixing the cause</source>
        <translation>  cxsync queue retry --all     reintentar lo que espera o está apartado, tras corregir la causa</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="199"/>
        <source>  cxsync log --since %1   what was applied</source>
        <translation>  cxsync log --since %1   qué se aplicó</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="202"/>
        <source>Journal: %1</source>
        <translation>Diario: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/notify/ErrorNotifier.cpp" line="204"/>
        <source>At most one such mail is sent every %n minute(s).</source>
        <translation>
            <numerusform>Se envía como máximo un correo así cada %n minuto.</numerusform>
            <numerusform>Se envía como máximo un correo así cada %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="215"/>
        <source>[CRM Exchange Sync] Test mail from %1</source>
        <translation>[CRM Exchange Sync] Correo de prueba de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/notify/ErrorNotifier.cpp" line="216"/>
        <source>This is a test of the error e-mail of CRM Exchange Sync on %1, sent at %2.
When changes cannot be applied, a digest like this one arrives here, at most once every %n minute(s).</source>
        <translation>
            <numerusform>Esta es una prueba del correo de error de CRM Exchange Sync en %1, enviada el %2.
Cuando no se puedan aplicar cambios, llegará aquí un resumen como este, como máximo una vez cada %n minuto.</numerusform>
            <numerusform>Esta es una prueba del correo de error de CRM Exchange Sync en %1, enviada el %2.
Cuando no se puedan aplicar cambios, llegará aquí un resumen como este, como máximo una vez cada %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="249"/>
        <source>%1 is not set: nobody to notify</source>
        <translation>%1 no está definido: no hay a quién avisar</translation>
    </message>
    <message>
        <location filename="../core/notify/ErrorNotifier.cpp" line="317"/>
        <source>%1 is not set: nobody to send the test mail to</source>
        <translation>%1 no está definido: no hay a quién enviar el correo de prueba</translation>
    </message>
</context>
<context>
    <name>cxsync::notify::MailMessage</name>
    <message>
        <location filename="../core/notify/MailMessage.cpp" line="37"/>
        <source>the sender &apos;%1&apos; is not an e-mail address</source>
        <translation>el remitente «%1» no es una dirección de correo</translation>
    </message>
    <message>
        <location filename="../core/notify/MailMessage.cpp" line="40"/>
        <source>the mail has no recipient</source>
        <translation>el correo no tiene destinatario</translation>
    </message>
    <message>
        <location filename="../core/notify/MailMessage.cpp" line="44"/>
        <source>the recipient &apos;%1&apos; is not an e-mail address</source>
        <translation>el destinatario «%1» no es una dirección de correo</translation>
    </message>
    <message>
        <location filename="../core/notify/MailMessage.cpp" line="49"/>
        <source>a mail header must not contain a line break</source>
        <translation>un encabezado de correo no debe contener saltos de línea</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::CrmAppointmentRetrier</name>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="48"/>
        <source>the snapshot is not a CRM appointment change</source>
        <translation>la instantánea no es un cambio de cita de CRM</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="55"/>
        <source>operation &apos;%1&apos; is not create, update or delete</source>
        <translation>la operación «%1» no es create, update ni delete</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="61"/>
        <source>changedUtc is not an ISO 8601 time</source>
        <translation>changedUtc no es una hora ISO 8601</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="67"/>
        <source>the snapshot has no appointment</source>
        <translation>la instantánea no tiene ninguna cita</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="91"/>
        <source>appointment.%1 must be text</source>
        <translation>appointment.%1 debe ser texto</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="95"/>
        <source>an %1 needs the CRM appointment id</source>
        <translation>una operación %1 necesita el id. de la cita de CRM</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="103"/>
        <source>appointment.%1 is not an ISO 8601 time</source>
        <translation>appointment.%1 no es una hora ISO 8601</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="108"/>
        <source>the appointment ends before it starts</source>
        <translation>la cita termina antes de empezar</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="112"/>
        <source>appointment.private must be true or false</source>
        <translation>appointment.private debe ser true o false</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="119"/>
        <source>appointment.notifyMinutes must be a whole number of minutes</source>
        <translation>appointment.notifyMinutes debe ser un número entero de minutos</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="127"/>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="132"/>
        <source>appointment.linkedUserIds must be a list of user ids</source>
        <translation>appointment.linkedUserIds debe ser una lista de id. de usuario</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="157"/>
        <source>the stored change cannot be applied: %1</source>
        <translation>no se puede aplicar el cambio guardado: %1</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="187"/>
        <source>created CRM appointment %1</source>
        <translation>cita de CRM %1 creada</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="202"/>
        <source>already in the CRM as appointment %1 (an earlier attempt got through)</source>
        <translation>ya está en el CRM como la cita %1 (un intento anterior llegó a completarse)</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="217"/>
        <source>CRM appointment %1 no longer exists; the update is dropped</source>
        <translation>la cita de CRM %1 ya no existe; se descarta la actualización</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="223"/>
        <source>CRM appointment %1 was deleted meanwhile; the update is dropped</source>
        <translation>la cita de CRM %1 se eliminó mientras tanto; se descarta la actualización</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="228"/>
        <source>CRM appointment %1 was changed in the CRM at %2, after this change (%3); the newer CRM version is kept</source>
        <translation>la cita de CRM %1 se cambió en el CRM el %2, después de este cambio (%3); se conserva la versión más reciente del CRM</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="237"/>
        <source>updated CRM appointment %1</source>
        <translation>cita de CRM %1 actualizada</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="251"/>
        <source>CRM appointment %1 is already deleted</source>
        <translation>la cita de CRM %1 ya está eliminada</translation>
    </message>
    <message>
        <location filename="../core/queue/CrmAppointmentRetrier.cpp" line="259"/>
        <source>deleted CRM appointment %1</source>
        <translation>cita de CRM %1 eliminada</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::FailedMessageQueue</name>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="46"/>
        <source>The journal could not read failed message %1: %2</source>
        <translation>El diario no pudo leer el mensaje fallido %1: %2</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="321"/>
        <source>parked: a %1 error does not go away by retrying; fix the cause, then retry it</source>
        <translation>apartado: un error %1 no desaparece al reintentar; corrija la causa y después reintente</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/queue/FailedMessageQueue.cpp" line="328"/>
        <source>parked after %n failed attempt(s)</source>
        <translation>
            <numerusform>apartado tras %n intento fallido</numerusform>
            <numerusform>apartado tras %n intentos fallidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="433"/>
        <source>a newer change of this item (%1) replaced the queued one (%2)</source>
        <translation>un cambio más reciente de este elemento (%1) sustituyó al que estaba en cola (%2)</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="482"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="592"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="641"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="705"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="796"/>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="841"/>
        <source>cannot start a journal transaction</source>
        <translation>no se puede iniciar una transacción del diario</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="534"/>
        <source>the failed message could not be written to the journal (%1); it is kept in memory and written with the next failure or flush</source>
        <translation>no se pudo escribir el mensaje fallido en el diario (%1); se conserva en memoria y se escribirá con el siguiente fallo o vaciado</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="608"/>
        <source>failed message %1 is not waiting for a retry</source>
        <translation>el mensaje fallido %1 no está esperando un reintento</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="615"/>
        <source>failed message %1 does not exist</source>
        <translation>el mensaje fallido %1 no existe</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="669"/>
        <source>failed message %1 is %2 (changed meanwhile); nothing was done</source>
        <translation>el mensaje fallido %1 está %2 (cambió mientras tanto); no se hizo nada</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="732"/>
        <source>failed message %1 changed while it was retried; the newer state is kept</source>
        <translation>el mensaje fallido %1 cambió mientras se reintentaba; se conserva el estado más reciente</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="790"/>
        <source>failed message %1 is already resolved</source>
        <translation>el mensaje fallido %1 ya está resuelto</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="792"/>
        <source>failed message %1 is being retried right now</source>
        <translation>el mensaje fallido %1 se está reintentando en este momento</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="810"/>
        <source>failed message %1 cannot be retried: a newer change of the same item is queued</source>
        <translation>no se puede reintentar el mensaje fallido %1: hay en cola un cambio más reciente del mismo elemento</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="814"/>
        <source>retry requested by the administrator</source>
        <translation>reintento solicitado por el administrador</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="857"/>
        <source>retry of all matching messages requested by the administrator</source>
        <translation>reintento de todos los mensajes coincidentes solicitado por el administrador</translation>
    </message>
    <message>
        <location filename="../core/queue/FailedMessageQueue.cpp" line="1058"/>
        <source>there is no failed message %1</source>
        <translation>no hay ningún mensaje fallido %1</translation>
    </message>
    <message>
        <location filename="../core/store/JournalSql.h" line="87"/>
        <source>cannot commit to the journal</source>
        <translation>no se puede confirmar en el diario</translation>
    </message>
    <message>
        <location filename="../core/queue/QueueTypes.h" line="46"/>
        <source>a failed message event</source>
        <translation>un evento de mensaje fallido</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::Journal</name>
    <message>
        <location filename="../core/store/JournalSql.h" line="94"/>
        <location filename="../core/store/JournalSql.h" line="102"/>
        <source>journal query failed</source>
        <translation>falló la consulta al diario</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::QueueExport</name>
    <message>
        <location filename="../core/queue/QueueExport.cpp" line="128"/>
        <source>&apos;%1&apos;: failed messages are exported as .xml, .json or .csv; name the file accordingly</source>
        <translation>«%1»: los mensajes fallidos se exportan como .xml, .json o .csv; ponga al archivo el nombre correspondiente</translation>
    </message>
    <message>
        <location filename="../core/queue/QueueExport.cpp" line="271"/>
        <source>the XML export could not be written</source>
        <translation>no se pudo escribir la exportación XML</translation>
    </message>
    <message>
        <location filename="../core/queue/QueueExport.cpp" line="294"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>no se puede escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::RetryDriver</name>
    <message>
        <location filename="../core/queue/RetryDriver.cpp" line="106"/>
        <source>no retrier is available for %1 %2 messages in this program</source>
        <translation>no hay ningún mecanismo de reintento disponible para los mensajes %1 %2 en este programa</translation>
    </message>
</context>
<context>
    <name>cxsync::queue::TransactionLog</name>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="37"/>
        <source>The journal could not read log entry %1: %2</source>
        <translation>El diario no pudo leer la entrada de registro %1: %2</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="145"/>
        <location filename="../core/queue/TransactionLog.cpp" line="147"/>
        <source>a transaction log entry needs an action and a result</source>
        <translation>una entrada del registro de transacciones necesita una acción y un resultado</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="152"/>
        <source>&apos;%1&apos; is not a direction (crm_to_exchange or exchange_to_crm)</source>
        <translation>«%1» no es una dirección (crm_to_exchange o exchange_to_crm)</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="231"/>
        <source>the log retention must be at least one day</source>
        <translation>la conservación del registro debe ser de al menos un día</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="248"/>
        <source>&apos;%1&apos;: the log is exported as .csv or .json; name the file accordingly</source>
        <translation>«%1»: el registro se exporta como .csv o .json; ponga al archivo el nombre correspondiente</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.cpp" line="317"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>no se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/queue/TransactionLog.h" line="35"/>
        <source>a transaction log result</source>
        <translation>un resultado del registro de transacciones</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::CalendarMapping</name>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="191"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="193"/>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="195"/>
        <source>Tentative</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="197"/>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="198"/>
        <source>No response</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="302"/>
        <source>Exchange returned an event without an id.</source>
        <translation>Exchange devolvió un evento sin id.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="306"/>
        <source>Exchange event %1 has no valid start.</source>
        <translation>El evento de Exchange %1 no tiene un inicio válido.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="309"/>
        <source>Exchange event %1 has no valid end after its start.</source>
        <translation>El evento de Exchange %1 no tiene un final válido posterior a su inicio.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="312"/>
        <source>Exchange event %1 has no iCalUId.</source>
        <translation>El evento de Exchange %1 no tiene iCalUId.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="316"/>
        <source>Exchange event %1 has an unknown time zone &quot;%2&quot;.</source>
        <translation>El evento de Exchange %1 tiene una zona horaria desconocida «%2».</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="324"/>
        <source>The CRM returned an appointment without an id.</source>
        <translation>El CRM devolvió una cita sin id.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="330"/>
        <source>CRM appointment %1 has no valid start (Comm_DateTime).</source>
        <translation>La cita de CRM %1 no tiene un inicio válido (Comm_DateTime).</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarMapping.cpp" line="334"/>
        <source>CRM appointment %1 has no valid end after its start (Comm_ToDateTime).</source>
        <translation>La cita de CRM %1 no tiene un final válido posterior a su inicio (Comm_ToDateTime).</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::CalendarPlanner</name>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="113"/>
        <source>&quot;%1&quot;: a second item for CRM communication %2 in one mailbox; it is left alone.</source>
        <translation>«%1»: un segundo elemento para la comunicación de CRM %2 en un mismo buzón; se deja como está.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="134"/>
        <source>our own create of a communication deleted since</source>
        <translation>nuestra propia creación de una comunicación eliminada después</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="143"/>
        <source>our own create, whose answer was lost</source>
        <translation>nuestra propia creación, cuya respuesta se perdió</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="162"/>
        <source>&quot;%1&quot;: a second copy of our own item for CRM communication %2 in %3; it is not imported (this profile does not write to Exchange, so it stays).</source>
        <translation>«%1»: una segunda copia de nuestro propio elemento para la comunicación de CRM %2 en %3; no se importa (este perfil no escribe en Exchange, así que se queda).</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="177"/>
        <source>a second copy of our own create (its write was applied twice)</source>
        <translation>una segunda copia de nuestra propia creación (su escritura se aplicó dos veces)</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="201"/>
        <source>a series master: its occurrences are synchronized one by one</source>
        <translation>un patrón de serie: sus repeticiones se sincronizan una a una</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="215"/>
        <source>removed, never synchronized (or our own delete coming back)</source>
        <translation>eliminado, nunca sincronizado (o nuestra propia eliminación que vuelve)</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="227"/>
        <source>an attendee&apos;s copy was removed</source>
        <translation>se eliminó la copia de un asistente</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="229"/>
        <source>its communication is already being deleted</source>
        <translation>su comunicación ya se está eliminando</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="235"/>
        <source>deleted in Outlook</source>
        <translation>eliminado en Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="235"/>
        <source>its series was deleted in Outlook</source>
        <translation>su serie se eliminó en Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="243"/>
        <source>deleted in another Outlook calendar</source>
        <translation>eliminado en otro calendario de Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="267"/>
        <source>deleted in Outlook, but changed in the CRM since: the CRM version is kept</source>
        <translation>eliminado en Outlook, pero cambiado en el CRM desde entonces: se conserva la versión del CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="271"/>
        <source>deleted in Outlook, but changed in the CRM since: made again</source>
        <translation>eliminado en Outlook, pero cambiado en el CRM desde entonces: se vuelve a crear</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="282"/>
        <source>cancelled before it was synchronized</source>
        <translation>cancelado antes de sincronizarse</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="284"/>
        <source>a copy of a meeting that is a second copy of our own create</source>
        <translation>una copia de una reunión que es una segunda copia de nuestra propia creación</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="286"/>
        <source>outside the sync window</source>
        <translation>fuera de la ventana de sincronización</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="313"/>
        <source>an attendee&apos;s copy: Exchange keeps it in step with the organizer&apos;s item</source>
        <translation>la copia de un asistente: Exchange la mantiene al día con el elemento del organizador</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="314"/>
        <source>the meeting was cancelled by its organizer</source>
        <translation>el organizador canceló la reunión</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="327"/>
        <source>%1: CRM communication %2 is gone; the link is dropped.</source>
        <translation>%1: la comunicación de CRM %2 ya no existe; se elimina el vínculo.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="328"/>
        <source>its CRM communication is gone</source>
        <translation>su comunicación de CRM ya no existe</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="333"/>
        <source>%1: CRM communication %2 is gone; the item is deleted.</source>
        <translation>%1: la comunicación de CRM %2 ya no existe; se elimina el elemento.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="335"/>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="390"/>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="539"/>
        <source>deleted in the CRM</source>
        <translation>eliminado en el CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="373"/>
        <source>deleted in the CRM, changed in Outlook: the Outlook version is kept</source>
        <translation>eliminado en el CRM, cambiado en Outlook: se conserva la versión de Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="392"/>
        <source>its CRM communication was deleted</source>
        <translation>su comunicación de CRM se eliminó</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="408"/>
        <source>attendee responses</source>
        <translation>respuestas de los asistentes</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="411"/>
        <source>echo of our own write</source>
        <translation>eco de nuestra propia escritura</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="413"/>
        <source>nothing the CRM shows has changed</source>
        <translation>no ha cambiado nada de lo que muestra el CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="427"/>
        <source>conflict: the CRM version is kept</source>
        <translation>conflicto: se conserva la versión del CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="434"/>
        <source>cancelled in Outlook</source>
        <translation>cancelado en Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="434"/>
        <source>changed in Outlook</source>
        <translation>cambiado en Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="457"/>
        <source>another attendee&apos;s copy of a synchronized meeting</source>
        <translation>la copia de otro asistente de una reunión sincronizada</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="492"/>
        <source>created in Outlook</source>
        <translation>creado en Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="539"/>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="544"/>
        <source>cancelled in the CRM</source>
        <translation>cancelado en el CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="567"/>
        <source>existing CRM appointment (first synchronization)</source>
        <translation>cita de CRM existente (primera sincronización)</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="574"/>
        <source>created in the CRM</source>
        <translation>creado en el CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="607"/>
        <source>the Outlook item it was created for is gone; the record a lost create stored is removed</source>
        <translation>el elemento de Outlook para el que se creó ya no existe; se elimina el registro que guardó una creación perdida</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="617"/>
        <source>completes the CRM create of an Outlook item, whose answer was lost</source>
        <translation>completa la creación en el CRM de un elemento de Outlook, cuya respuesta se perdió</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="627"/>
        <source>&quot;%1&quot;: CRM communication %2 carries the Exchange id of communication %3&apos;s meeting; it is not created in Outlook (delete it in the CRM if it is a duplicate).</source>
        <translation>«%1»: la comunicación de CRM %2 lleva el id. de Exchange de la reunión de la comunicación %3; no se crea en Outlook (elimínela en el CRM si es un duplicado).</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="633"/>
        <source>&quot;%1&quot;: CRM communication %2 came from Exchange (Exchange id %3) but no synchronized Outlook item has it; it is not created in Outlook again.</source>
        <translation>«%1»: la comunicación de CRM %2 procede de Exchange (id. de Exchange %3), pero ningún elemento de Outlook sincronizado lo tiene; no se vuelve a crear en Outlook.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="644"/>
        <source>&quot;%1&quot;: organized outside the synchronized mailboxes; CRM changes are not written to Exchange.</source>
        <translation>«%1»: organizado fuera de los buzones sincronizados; los cambios del CRM no se escriben en Exchange.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="662"/>
        <source>changed in the CRM</source>
        <translation>cambiado en el CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarPlanRules.cpp" line="670"/>
        <source>CRM-only change</source>
        <translation>cambio solo del CRM</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::CalendarSync</name>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="197"/>
        <source>No linked user &quot;%1&quot; (see cxsync users list).</source>
        <translation>No hay ningún usuario vinculado «%1» (consulte cxsync users list).</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="204"/>
        <source>Calendar synchronization needs Exchange Online (Graph); EWS is not available in this version.</source>
        <translation>La sincronización de calendarios necesita Exchange Online (Graph); EWS no está disponible en esta versión.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="229"/>
        <source>%1: preparing the mailbox failed: %2</source>
        <translation>%1: falló la preparación del buzón: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="302"/>
        <source>finishing an interrupted write</source>
        <translation>terminando una escritura interrumpida</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="334"/>
        <source>reading Outlook changes</source>
        <translation>leyendo los cambios de Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="368"/>
        <source>%1: reading the calendar failed: %2</source>
        <translation>%1: falló la lectura del calendario: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="374"/>
        <source>%1: the change cursor expired; the whole window is read again.</source>
        <translation>%1: el cursor de cambios caducó; se vuelve a leer toda la ventana.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="429"/>
        <source>reading CRM changes</source>
        <translation>leyendo los cambios del CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="433"/>
        <source>The sync run is gone.</source>
        <translation>La ejecución de sincronización ya no existe.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="447"/>
        <source>Reading CRM changes failed: %1</source>
        <translation>Falló la lectura de los cambios del CRM: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="551"/>
        <source>planning: %1 of %n mailbox(es) read, %2 change(s) in this group</source>
        <translation>
            <numerusform>planificación: %1 de %n buzón leídos, %2 cambio(s) en este grupo</numerusform>
            <numerusform>planificación: %1 de %n buzones leídos, %2 cambio(s) en este grupo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="690"/>
        <source>reading %n CRM record(s)</source>
        <translation>
            <numerusform>leyendo %n registro de CRM</numerusform>
            <numerusform>leyendo %n registros de CRM</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="879"/>
        <source>Changed in both the CRM and Outlook since the last sync; the %1 version is kept (%2).</source>
        <translation>Cambiado tanto en el CRM como en Outlook desde la última sincronización; se conserva la versión de %1 (%2).</translation>
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
        <translation>una ejecución de sincronización aplicó un cambio más reciente del elemento</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1176"/>
        <source>the item was created after all (its answer was lost); a sync run linked it</source>
        <translation>el elemento sí se creó (su respuesta se perdió); una ejecución de sincronización lo vinculó</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1181"/>
        <source>the Outlook item was deleted before its CRM record was completed; a sync run removed the record</source>
        <translation>el elemento de Outlook se eliminó antes de completar su registro de CRM; una ejecución de sincronización eliminó el registro</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1187"/>
        <source>the CRM record was stored after all (its answer was lost); a sync run completed it</source>
        <translation>el registro de CRM sí se guardó (su respuesta se perdió); una ejecución de sincronización lo completó</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1201"/>
        <source>%1 &quot;%2&quot; (%3): %4</source>
        <translation>%1 «%2» (%3): %4</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1256"/>
        <source>%1: the Outlook change to &quot;%2&quot; was not applied; it stays staged.</source>
        <translation>%1: el cambio de Outlook en «%2» no se aplicó; sigue pendiente.</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1305"/>
        <source>Outlook: created</source>
        <translation>Outlook: creado</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1305"/>
        <source>Outlook: creating failed for</source>
        <translation>Outlook: falló la creación de</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1308"/>
        <source>Outlook: updated</source>
        <translation>Outlook: actualizado</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1308"/>
        <source>Outlook: updating failed for</source>
        <translation>Outlook: falló la actualización de</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1311"/>
        <source>Outlook: deleted</source>
        <translation>Outlook: eliminado</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1311"/>
        <source>Outlook: deleting failed for</source>
        <translation>Outlook: falló la eliminación de</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1314"/>
        <source>Outlook: cancelled</source>
        <translation>Outlook: cancelado</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1314"/>
        <source>Outlook: cancelling failed for</source>
        <translation>Outlook: falló la cancelación de</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1317"/>
        <source>CRM: created</source>
        <translation>CRM: creado</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1317"/>
        <source>CRM: creating failed for</source>
        <translation>CRM: falló la creación de</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1320"/>
        <source>CRM: updated</source>
        <translation>CRM: actualizado</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1320"/>
        <source>CRM: updating failed for</source>
        <translation>CRM: falló la actualización de</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1323"/>
        <source>CRM: deleted</source>
        <translation>CRM: eliminado</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1323"/>
        <source>CRM: deleting failed for</source>
        <translation>CRM: falló la eliminación de</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1327"/>
        <source>linked</source>
        <translation>vinculado</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1327"/>
        <source>linking failed for</source>
        <translation>falló la vinculación de</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1330"/>
        <source>unlinked</source>
        <translation>desvinculado</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1330"/>
        <source>unlinking failed for</source>
        <translation>falló la desvinculación de</translation>
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
        <translation>Exchange %1 creados, %2 actualizados, %3 eliminados; CRM %4 creados, %5 actualizados, %6 eliminados</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1351"/>
        <source>planned (nothing written): %1</source>
        <translation>previsto (no se escribió nada): %1</translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1353"/>
        <source>%1 invitation(s), %2 cancellation(s)</source>
        <translation>%1 invitación(es), %2 cancelación(es)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="1355"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="1357"/>
        <source>%n failed (in the failed-message queue)</source>
        <translation>
            <numerusform>%n con error (en la cola de mensajes fallidos)</numerusform>
            <numerusform>%n con error (en la cola de mensajes fallidos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="1359"/>
        <source>%n mailbox(es) kept by the safety stop</source>
        <translation>
            <numerusform>%n buzón retenido por la parada de seguridad</numerusform>
            <numerusform>%n buzones retenidos por la parada de seguridad</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/CalendarSync.cpp" line="1361"/>
        <source>stopped before the end</source>
        <translation>detenido antes del final</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/CalendarSync.cpp" line="1362"/>
        <source>%1 (%n mailbox(es), %2 ms)</source>
        <translation>
            <numerusform>%1 (%n buzón, %2 ms)</numerusform>
            <numerusform>%1 (%n buzones, %2 ms)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxsync::sync::RunStaging</name>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="21"/>
        <source>journal: %1: %2</source>
        <translation>diario: %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="106"/>
        <location filename="../core/sync/RunStaging.cpp" line="168"/>
        <source>preparing the run&apos;s scratch tables</source>
        <translation>preparando las tablas temporales de la ejecución</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="174"/>
        <location filename="../core/sync/RunStaging.cpp" line="183"/>
        <location filename="../core/sync/RunStaging.cpp" line="189"/>
        <location filename="../core/sync/RunStaging.cpp" line="198"/>
        <source>staging the CRM changes</source>
        <translation>dejando pendientes los cambios del CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="225"/>
        <location filename="../core/sync/RunStaging.cpp" line="247"/>
        <location filename="../core/sync/RunStaging.cpp" line="256"/>
        <location filename="../core/sync/RunStaging.cpp" line="271"/>
        <location filename="../core/sync/RunStaging.cpp" line="281"/>
        <location filename="../core/sync/RunStaging.cpp" line="458"/>
        <source>staging Exchange changes</source>
        <translation>dejando pendientes los cambios de Exchange</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="230"/>
        <location filename="../core/sync/RunStaging.cpp" line="443"/>
        <location filename="../core/sync/RunStaging.cpp" line="519"/>
        <location filename="../core/sync/RunStaging.cpp" line="665"/>
        <source>reading staged Exchange changes</source>
        <translation>leyendo los cambios de Exchange pendientes</translation>
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
        <translation>agrupando los cambios de la ejecución</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="554"/>
        <source>reading the staged CRM changes</source>
        <translation>leyendo los cambios del CRM pendientes</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="603"/>
        <location filename="../core/sync/RunStaging.cpp" line="617"/>
        <source>keeping the run&apos;s plan</source>
        <translation>guardando el plan de la ejecución</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="632"/>
        <location filename="../core/sync/RunStaging.cpp" line="647"/>
        <source>reading the run&apos;s plan</source>
        <translation>leyendo el plan de la ejecución</translation>
    </message>
    <message>
        <location filename="../core/sync/RunStaging.cpp" line="649"/>
        <source>journal: reading the run&apos;s plan: action %1 is missing</source>
        <translation>diario: leyendo el plan de la ejecución: falta la acción %1</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::SyncActionRetrier</name>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="76"/>
        <source>the snapshot is not a calendar sync write</source>
        <translation>la instantánea no es una escritura de sincronización de calendarios</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="79"/>
        <source>the snapshot has no action</source>
        <translation>la instantánea no tiene ninguna acción</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="88"/>
        <source>action.kind &apos;%1&apos; is not a known write</source>
        <translation>action.kind «%1» no es una escritura conocida</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="94"/>
        <source>a %1 needs action.%2</source>
        <translation>una escritura %1 necesita action.%2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="217"/>
        <source>the stored change cannot be applied: %1</source>
        <translation>no se puede aplicar el cambio guardado: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="224"/>
        <source>CRM to Exchange synchronization is switched off</source>
        <translation>la sincronización de CRM a Exchange está desactivada</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="229"/>
        <source>Exchange to CRM synchronization is switched off</source>
        <translation>la sincronización de Exchange a CRM está desactivada</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="234"/>
        <source>Calendar synchronization needs Exchange Online (Graph).</source>
        <translation>La sincronización de calendarios necesita Exchange Online (Graph).</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="251"/>
        <source>CRM appointment %1 was deleted meanwhile; nothing is created in %2</source>
        <translation>la cita de CRM %1 se eliminó mientras tanto; no se crea nada en %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="265"/>
        <source>CRM appointment %1 is in the mailbox already; its Exchange id is recorded in the CRM</source>
        <translation>la cita de CRM %1 ya está en el buzón; su id. de Exchange se registra en el CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="271"/>
        <source>created &quot;%1&quot; in %2</source>
        <translation>«%1» creado en %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="282"/>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="350"/>
        <source>CRM appointment %1 was deleted meanwhile; the update is dropped</source>
        <translation>la cita de CRM %1 se eliminó mientras tanto; se descarta la actualización</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="286"/>
        <source>CRM appointment %1 was changed again at %2; the newer version follows through the sync</source>
        <translation>la cita de CRM %1 se volvió a cambiar el %2; la versión más reciente llega a través de la sincronización</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="293"/>
        <source>the Outlook item of CRM appointment %1 is no longer linked; the update is dropped</source>
        <translation>el elemento de Outlook de la cita de CRM %1 ya no está vinculado; se descarta la actualización</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="296"/>
        <source>updated &quot;%1&quot; in %2</source>
        <translation>«%1» actualizado en %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="306"/>
        <source>the Outlook item is no longer linked (already removed)</source>
        <translation>el elemento de Outlook ya no está vinculado (ya se quitó)</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="309"/>
        <source>cancelled &quot;%1&quot; in %2</source>
        <translation>«%1» cancelado en %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="310"/>
        <source>deleted &quot;%1&quot; from %2</source>
        <translation>«%1» eliminado de %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="338"/>
        <source>created &quot;%1&quot; in the CRM</source>
        <translation>«%1» creado en el CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="356"/>
        <source>CRM appointment %1 was changed in the CRM at %2, after this change; the newer CRM version is kept</source>
        <translation>la cita de CRM %1 se cambió en el CRM el %2, después de este cambio; se conserva la versión más reciente del CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="359"/>
        <source>updated CRM appointment %1</source>
        <translation>cita de CRM %1 actualizada</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="363"/>
        <source>deleted CRM appointment %1</source>
        <translation>cita de CRM %1 eliminada</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="367"/>
        <source>journal link of &quot;%1&quot; recorded</source>
        <translation>vínculo del diario de «%1» registrado</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="376"/>
        <source>the Outlook item &quot;%1&quot; was deleted or cancelled meanwhile; nothing is created in the CRM</source>
        <translation>el elemento de Outlook «%1» se eliminó o canceló mientras tanto; no se crea nada en el CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncActionRetrier.cpp" line="401"/>
        <source>%1; CRM communication %2, which an earlier attempt had stored, is removed</source>
        <translation>%1; se elimina la comunicación de CRM %2, que un intento anterior había guardado</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::SyncJournal</name>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="38"/>
        <source>journal: %1: %2</source>
        <translation>diario: %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="121"/>
        <location filename="../core/sync/SyncJournal.cpp" line="133"/>
        <location filename="../core/sync/SyncJournal.cpp" line="144"/>
        <location filename="../core/sync/SyncJournal.cpp" line="156"/>
        <source>reading item links</source>
        <translation>leyendo los vínculos de elementos</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="162"/>
        <location filename="../core/sync/SyncJournal.cpp" line="189"/>
        <source>saving an item link</source>
        <translation>guardando un vínculo de elemento</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="201"/>
        <source>removing an item link</source>
        <translation>eliminando un vínculo de elemento</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="211"/>
        <source>removing item links</source>
        <translation>eliminando vínculos de elementos</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="230"/>
        <source>reading the change cursor of %1</source>
        <translation>leyendo el cursor de cambios de %1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="253"/>
        <source>clearing the change cursor of %1</source>
        <translation>borrando el cursor de cambios de %1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="261"/>
        <location filename="../core/sync/SyncJournal.cpp" line="293"/>
        <location filename="../core/sync/SyncJournal.cpp" line="302"/>
        <source>staging Exchange changes</source>
        <translation>dejando pendientes los cambios de Exchange</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="268"/>
        <location filename="../core/sync/SyncJournal.cpp" line="279"/>
        <source>moving the change cursor of %1</source>
        <translation>moviendo el cursor de cambios de %1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="314"/>
        <source>reading staged Exchange changes</source>
        <translation>leyendo los cambios de Exchange pendientes</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="352"/>
        <location filename="../core/sync/SyncJournal.cpp" line="358"/>
        <source>clearing staged Exchange changes</source>
        <translation>borrando los cambios de Exchange pendientes</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="367"/>
        <location filename="../core/sync/SyncJournal.cpp" line="381"/>
        <location filename="../core/sync/SyncJournal.cpp" line="386"/>
        <source>recording an intended write</source>
        <translation>registrando una escritura prevista</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="402"/>
        <source>clearing a confirmed write</source>
        <translation>borrando una escritura confirmada</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="412"/>
        <source>reading the outbox</source>
        <translation>leyendo la bandeja de salida</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="435"/>
        <location filename="../core/sync/SyncJournal.cpp" line="458"/>
        <source>reading the CRM watermark</source>
        <translation>leyendo la marca de agua del CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="447"/>
        <source>journal: the stored CRM watermark is unreadable.</source>
        <translation>diario: la marca de agua del CRM guardada es ilegible.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncJournal.cpp" line="483"/>
        <source>saving the CRM watermark</source>
        <translation>guardando la marca de agua del CRM</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::SyncRetries</name>
    <message numerus="yes">
        <location filename="../core/sync/SyncRetries.cpp" line="35"/>
        <source>Retried %n failed message(s): </source>
        <translation>
            <numerusform>Se reintentó %n mensaje fallido: </numerusform>
            <numerusform>Se reintentaron %n mensajes fallidos: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/SyncRetries.cpp" line="36"/>
        <source>%1 resolved, %2 superseded by newer changes, %3 wait again, %4 parked</source>
        <translation>%1 resueltos, %2 sustituidos por cambios más recientes, %3 esperan de nuevo, %4 apartados</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/SyncRetries.cpp" line="42"/>
        <source>%n more wait because their server keeps failing</source>
        <translation>
            <numerusform>%n más espera porque su servidor sigue fallando</numerusform>
            <numerusform>%n más esperan porque su servidor sigue fallando</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/SyncRetries.cpp" line="44"/>
        <source>stopped early, the rest stays due</source>
        <translation>detenido antes de tiempo; el resto sigue pendiente</translation>
    </message>
</context>
<context>
    <name>cxsync::sync::SyncWriter</name>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="22"/>
        <source>Calendar synchronization needs Exchange Online (Graph); EWS is not available in this version.</source>
        <translation>La sincronización de calendarios necesita Exchange Online (Graph); EWS no está disponible en esta versión.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="396"/>
        <source>The Outlook item keeps changing while it is being removed; tried %1 times.</source>
        <translation>El elemento de Outlook sigue cambiando mientras se elimina; se intentó %1 veces.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="404"/>
        <source>Cancelled in the CRM and changed in Outlook since the last sync; the %1 version is kept (%2).</source>
        <translation>Cancelado en el CRM y cambiado en Outlook desde la última sincronización; se conserva la versión de %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="406"/>
        <source>Deleted in the CRM and changed in Outlook since the last sync; the %1 version is kept (%2).</source>
        <translation>Eliminado en el CRM y cambiado en Outlook desde la última sincronización; se conserva la versión de %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="439"/>
        <source>This meeting was cancelled in the CRM.</source>
        <translation>Esta reunión se canceló en el CRM.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="464"/>
        <source>cancelled in the CRM, changed in Outlook: the Outlook version is kept</source>
        <translation>cancelado en el CRM, cambiado en Outlook: se conserva la versión de Outlook</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="478"/>
        <source>deleted in the CRM, changed in Outlook: the Outlook version returns to the CRM</source>
        <translation>eliminado en el CRM, cambiado en Outlook: la versión de Outlook vuelve al CRM</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncWriter.cpp" line="485"/>
        <source>Changed in both the CRM and Outlook since the last sync; the %1 version is kept (%2).</source>
        <translation>Cambiado tanto en el CRM como en Outlook desde la última sincronización; se conserva la versión de %1 (%2).</translation>
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
        <translation>no se puede leer el calendario de %1: %2</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="26"/>
        <source>no appointments in the next 7 days</source>
        <translation>ninguna cita en los próximos 7 días</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="28"/>
        <source>several appointments in the next 7 days, the first &quot;%1&quot;</source>
        <translation>varias citas en los próximos 7 días; la primera, «%1»</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="30"/>
        <source>one appointment in the next 7 days, &quot;%1&quot;</source>
        <translation>una cita en los próximos 7 días, «%1»</translation>
    </message>
    <message>
        <location filename="../core/users/MailboxAccessProbe.cpp" line="31"/>
        <source>the calendar of %1 can be read (%2, in %3 ms)</source>
        <translation>se puede leer el calendario de %1 (%2, en %3 ms)</translation>
    </message>
</context>
<context>
    <name>cxsync::users::UserExclusions</name>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="25"/>
        <source>name a user: CRM logon, CRM user id or mailbox address</source>
        <translation>indique un usuario: inicio de sesión de CRM, id. de usuario de CRM o dirección del buzón</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="65"/>
        <source>&apos;%1&apos; names %2 CRM users (%3): give the CRM logon instead</source>
        <translation>«%1» designa a %2 usuarios de CRM (%3): indique mejor el inicio de sesión de CRM</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="71"/>
        <source>no CRM user has the logon, id or address &apos;%1&apos;</source>
        <translation>ningún usuario de CRM tiene el inicio de sesión, id. o dirección «%1»</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="95"/>
        <source>&apos;%1&apos; names %2 users in the journal: give the CRM logon instead</source>
        <translation>«%1» designa a %2 usuarios en el diario: indique mejor el inicio de sesión de CRM</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="101"/>
        <source>no user with the logon, id or mailbox &apos;%1&apos; in the journal; run a user sync first</source>
        <translation>no hay ningún usuario con el inicio de sesión, id. o buzón «%1» en el diario; ejecute antes una sincronización de usuarios</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="138"/>
        <source>disabled by the administrator: not synchronized, and not linked again by user sync until enabled</source>
        <translation>deshabilitado por el administrador: no se sincroniza, y la sincronización de usuarios no lo vuelve a vincular hasta que se habilite</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="154"/>
        <source>%1 is excluded, but its Exchange user id could not be cleared in the CRM (the next user sync clears it): %2</source>
        <translation>%1 está excluido, pero no se pudo borrar su id. de usuario de Exchange en el CRM (la próxima sincronización de usuarios lo borra): %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="180"/>
        <source>%1 is not disabled (it is %2)</source>
        <translation>%1 no está deshabilitado (está %2)</translation>
    </message>
    <message>
        <location filename="../core/users/UserExclusions.cpp" line="184"/>
        <source>enabled by the administrator; the next user sync links it</source>
        <translation>habilitado por el administrador; la próxima sincronización de usuarios lo vincula</translation>
    </message>
</context>
<context>
    <name>cxsync::users::UserLinkStore</name>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="20"/>
        <source>journal: %1: %2</source>
        <translation>diario: %1: %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="54"/>
        <source>reading user links</source>
        <translation>leyendo los vínculos de usuarios</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="67"/>
        <source>reading the link of CRM user %1</source>
        <translation>leyendo el vínculo del usuario de CRM %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="83"/>
        <source>its mailbox %1 was linked to %2</source>
        <translation>su buzón %1 estaba vinculado a %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="89"/>
        <source>releasing mailbox %1</source>
        <translation>liberando el buzón %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="110"/>
        <source>writing the link of %1</source>
        <translation>escribiendo el vínculo de %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="125"/>
        <source>starting a transaction</source>
        <translation>iniciando una transacción</translation>
    </message>
    <message>
        <location filename="../core/users/UserLinkStore.cpp" line="135"/>
        <source>committing user links</source>
        <translation>confirmando los vínculos de usuarios</translation>
    </message>
</context>
<context>
    <name>cxsync::users::UserMatcher</name>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="77"/>
        <source>the Exchange account is disabled</source>
        <translation>la cuenta de Exchange está deshabilitada</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="79"/>
        <source>guest account: it has no mailbox in this organization</source>
        <translation>cuenta de invitado: no tiene buzón en esta organización</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="82"/>
        <source>the directory user has no mailbox (no primary SMTP address)</source>
        <translation>el usuario del directorio no tiene buzón (no tiene dirección SMTP principal)</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="165"/>
        <source>the CRM user is deleted</source>
        <translation>el usuario de CRM está eliminado</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="167"/>
        <source>its Exchange user id was cleared in the CRM, the legacy way of disabling a user: excluded until enabled again</source>
        <translation>su id. de usuario de Exchange se borró en el CRM, la forma antigua de deshabilitar un usuario: excluido hasta que se vuelva a habilitar</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="171"/>
        <source>excluded by the administrator on %1</source>
        <translation>excluido por el administrador el %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="173"/>
        <source>excluded by the administrator</source>
        <translation>excluido por el administrador</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="175"/>
        <source>the CRM user is disabled</source>
        <translation>el usuario de CRM está deshabilitado</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/users/UserMatcher.cpp" line="222"/>
        <source>its e-mail %1 belongs to %n mailboxes</source>
        <translation>
            <numerusform>su correo %1 pertenece a %n buzón</numerusform>
            <numerusform>su correo %1 pertenece a %n buzones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="230"/>
        <source>its address %1 is also another mailbox&apos;s</source>
        <translation>su dirección %1 también es la de otro buzón</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="267"/>
        <location filename="../core/users/UserMatcher.cpp" line="301"/>
        <source>first + last name &quot;%1&quot; is unique on both sides</source>
        <translation>el nombre y apellidos «%1» son únicos en ambos lados</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="279"/>
        <source>ambiguous name &quot;%1&quot;: %2 CRM users and %3 mailboxes have it</source>
        <translation>nombre ambiguo «%1»: lo tienen %2 usuarios de CRM y %3 buzones</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="296"/>
        <source>the only mailbox named &quot;%1&quot;, %2, is taken by %3</source>
        <translation>el único buzón llamado «%1», %2, está ocupado por %3</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="316"/>
        <source>matches mailbox %1 by %2, but that mailbox is taken by %3</source>
        <translation>coincide con el buzón %1 por %2, pero ese buzón está ocupado por %3</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="339"/>
        <source>matches mailbox %1 by %2, but that mailbox is linked to %3</source>
        <translation>coincide con el buzón %1 por %2, pero ese buzón está vinculado a %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/users/UserMatcher.cpp" line="350"/>
        <source>%n CRM users carry this mailbox&apos;s Exchange user id</source>
        <translation>
            <numerusform>%n usuario de CRM lleva el id. de usuario de Exchange de este buzón</numerusform>
            <numerusform>%n usuarios de CRM llevan el id. de usuario de Exchange de este buzón</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/users/UserMatcher.cpp" line="354"/>
        <source>duplicate e-mail: %n CRM users have the address %1</source>
        <translation>
            <numerusform>correo duplicado: %n usuario de CRM tiene la dirección %1</numerusform>
            <numerusform>correo duplicado: %n usuarios de CRM tienen la dirección %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/users/UserMatcher.cpp" line="359"/>
        <source>%n CRM users have e-mail addresses that are aliases of %1</source>
        <translation>
            <numerusform>%n usuario de CRM tiene una dirección de correo que es alias de %1</numerusform>
            <numerusform>%n usuarios de CRM tienen direcciones de correo que son alias de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/users/UserMatcher.cpp" line="399"/>
        <source>Exchange user id put back from the journal: %n linked CRM users lost theirs at once (a restored CRM database?)</source>
        <translation>
            <numerusform>id. de usuario de Exchange restaurado desde el diario: %n usuario de CRM vinculado perdió el suyo de golpe (¿una base de datos de CRM restaurada?)</numerusform>
            <numerusform>id. de usuario de Exchange restaurado desde el diario: %n usuarios de CRM vinculados perdieron el suyo de golpe (¿una base de datos de CRM restaurada?)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="402"/>
        <source>the CRM user&apos;s Exchange user id is this mailbox&apos;s id</source>
        <translation>el id. de usuario de Exchange del usuario de CRM es el id. de este buzón</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="404"/>
        <source>CRM e-mail %1 is the mailbox&apos;s primary SMTP address</source>
        <translation>el correo de CRM %1 es la dirección SMTP principal del buzón</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="406"/>
        <source>CRM e-mail %1 is an alias of %2</source>
        <translation>el correo de CRM %1 es un alias de %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="442"/>
        <source>its CRM user %1 may not be linked (deleted, disabled or excluded): not created again</source>
        <translation>su usuario de CRM %1 no se puede vincular (eliminado, deshabilitado o excluido): no se vuelve a crear</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="452"/>
        <source>no CRM user matches it, but %1 has the same name: not created, to avoid a duplicate (give the CRM user this e-mail address to link them)</source>
        <translation>ningún usuario de CRM coincide con él, pero %1 tiene el mismo nombre: no se crea, para evitar un duplicado (dé al usuario de CRM esta dirección de correo para vincularlos)</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="464"/>
        <source>no CRM user matches it by id, e-mail, alias or name: create resource %1</source>
        <translation>ningún usuario de CRM coincide con él por id., correo, alias o nombre: crear el recurso %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="470"/>
        <source>no CRM user matches it; Create CRM Users is off</source>
        <translation>ningún usuario de CRM coincide con él; Crear usuarios de CRM está desactivado</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="489"/>
        <source>linked to Exchange server %1, not to this one: left alone</source>
        <translation>vinculado al servidor Exchange %1, no a este: se deja como está</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="494"/>
        <source>no mailbox matches it by stored id, e-mail, alias or first + last name</source>
        <translation>ningún buzón coincide con él por id. guardado, correo, alias o nombre y apellidos</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="498"/>
        <source>its mailbox (Exchange user id %1) is no longer in the directory, and no other mailbox matches it</source>
        <translation>su buzón (id. de usuario de Exchange %1) ya no está en el directorio, y ningún otro buzón coincide con él</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="502"/>
        <source>its mailbox %1 is no longer in the directory, and no other mailbox matches it</source>
        <translation>su buzón %1 ya no está en el directorio, y ningún otro buzón coincide con él</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="528"/>
        <source>the CRM user no longer exists</source>
        <translation>el usuario de CRM ya no existe</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="589"/>
        <location filename="../core/users/UserMatcher.cpp" line="603"/>
        <source>a conflict</source>
        <translation>un conflicto</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="616"/>
        <source>%1 (it matches mailbox %2 by %3)</source>
        <translation>%1 (coincide con el buzón %2 por %3)</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="628"/>
        <source>; the Exchange user id set on it in the CRM is cleared</source>
        <translation>; se borra el id. de usuario de Exchange que tiene asignado en el CRM</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="651"/>
        <source>%1 (matched by %2)</source>
        <translation>%1 (coincidencia por %2)</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="672"/>
        <source>linked by %1; the CRM and the journal agree</source>
        <translation>vinculado por %1; el CRM y el diario coinciden</translation>
    </message>
    <message>
        <location filename="../core/users/UserMatcher.cpp" line="677"/>
        <source>%1 (was %2)</source>
        <translation>%1 (antes %2)</translation>
    </message>
</context>
<context>
    <name>cxsync::users::UserSync</name>
    <message>
        <location filename="../core/users/UserSync.cpp" line="34"/>
        <source>no CRM user matches it; Create CRM Users is off</source>
        <translation>ningún usuario de CRM coincide con él; Crear usuarios de CRM está desactivado</translation>
    </message>
    <message>
        <location filename="../core/users/UserSync.cpp" line="36"/>
        <source>no CRM user matches it; CRM users are created on the CRM server only (Which Server Are You On)</source>
        <translation>ningún usuario de CRM coincide con él; los usuarios de CRM solo se crean en el servidor CRM (En qué servidor está)</translation>
    </message>
    <message>
        <location filename="../core/users/UserSync.cpp" line="90"/>
        <source>the CRM&apos;s Users table lacks %1: add the Exchange custom fields in the CRM&apos;s customization (Administration | Customization | Users) before synchronizing users</source>
        <translation>a la tabla Users del CRM le falta %1: añada los campos personalizados de Exchange en la personalización del CRM (Administration | Customization | Users) antes de sincronizar usuarios</translation>
    </message>
    <message>
        <location filename="../core/users/UserSync.cpp" line="103"/>
        <source>the CRM could not show whether its Users table has %1 (%2); the links are written anyway, and if a field is missing the first write says which and how to add it</source>
        <translation>el CRM no pudo mostrar si su tabla Users tiene %1 (%2); los vínculos se escriben de todos modos y, si falta un campo, la primera escritura indica cuál y cómo añadirlo</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="40"/>
        <source>stored id</source>
        <translation>id. guardado</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="42"/>
        <source>e-mail</source>
        <translation>correo</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="44"/>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="46"/>
        <source>first + last name</source>
        <translation>nombre y apellidos</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="48"/>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="82"/>
        <source>linked</source>
        <translation>vinculado</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="84"/>
        <source>not linked</source>
        <translation>sin vincular</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="86"/>
        <source>excluded</source>
        <translation>excluido</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="88"/>
        <location filename="../core/users/UserSyncTypes.cpp" line="128"/>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="118"/>
        <source>link</source>
        <translation>vincular</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="120"/>
        <source>create</source>
        <translation>crear</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="122"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="124"/>
        <source>unlink</source>
        <translation>desvincular</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="126"/>
        <source>exclude</source>
        <translation>excluir</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="130"/>
        <source>skip</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncTypes.cpp" line="143"/>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
</context>
<context>
    <name>cxsync::users::UserSyncApplier</name>
    <message numerus="yes">
        <location filename="../core/users/UserSyncApplier.cpp" line="183"/>
        <source>%n users recorded in the journal</source>
        <translation>
            <numerusform>%n usuario registrado en el diario</numerusform>
            <numerusform>%n usuarios registrados en el diario</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="216"/>
        <source>creating %1 for %2</source>
        <translation>creando %1 para %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="221"/>
        <source>%1 was created in the CRM and linked there, but the journal was not written (the next user sync finds it by its Exchange user id): %2</source>
        <translation>%1 se creó en el CRM y se vinculó allí, pero no se escribió el diario (la próxima sincronización de usuarios lo encuentra por su id. de usuario de Exchange): %2</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="239"/>
        <source>writing the Exchange fields of %1</source>
        <translation>escribiendo los campos de Exchange de %1</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="245"/>
        <source>the CRM links %1 to %2, but the journal was not written (the next user sync finds it by its Exchange user id): %3</source>
        <translation>el CRM vincula %1 a %2, pero no se escribió el diario (la próxima sincronización de usuarios lo encuentra por su id. de usuario de Exchange): %3</translation>
    </message>
    <message>
        <location filename="../core/users/UserSyncApplier.cpp" line="261"/>
        <source>clearing the Exchange fields of %1</source>
        <translation>borrando los campos de Exchange de %1</translation>
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
        <translation>error: %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/panel/main.cpp" line="42"/>
        <source>CRM Exchange Sync control panel</source>
        <translation>Panel de control de CRM Exchange Sync</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="45"/>
        <source>Settings file (INI).</source>
        <translation>Archivo de configuración (INI).</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="49"/>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Representar la ventana en un archivo PNG y salir.</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="53"/>
        <source>Start the Graph and Sage CRM sandboxes with sample data and open the panel on a profile for them.</source>
        <translation>Iniciar los entornos de prueba de Graph y Sage CRM con datos de ejemplo y abrir el panel con un perfil para ellos.</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="57"/>
        <source>Open on this tab (its title, e.g. Service, or its number from 1).</source>
        <translation>Abrir en esta pestaña (su título, p. ej. Servicio, o su número a partir de 1).</translation>
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
        <translation>no hay ninguna pestaña %1</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="147"/>
        <source>Starting the demo sandboxes (cxsync-sandbox)…</source>
        <translation>Iniciando los entornos de prueba de la demostración (cxsync-sandbox)…</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="148"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="157"/>
        <source>Starting the demo sandboxes (cxsync-sandbox): %1 s of at most %2 s…</source>
        <translation>Iniciando los entornos de prueba de la demostración (cxsync-sandbox): %1 s de un máximo de %2 s…</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="167"/>
        <source>Demo: the sandboxes stopped: %1</source>
        <translation>Demostración: los entornos de prueba se detuvieron: %1</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="174"/>
        <source>The demo sandboxes did not start: %1</source>
        <translation>Los entornos de prueba de la demostración no se iniciaron: %1</translation>
    </message>
    <message>
        <location filename="../app/panel/main.cpp" line="193"/>
        <source>Demo: Microsoft Graph sandbox at %1, Sage CRM sandbox at %2 (cxsync-sandbox, process %3). The profile and its secrets are discarded when the panel closes.</source>
        <translation>Demostración: entorno de prueba de Microsoft Graph en %1, entorno de prueba de Sage CRM en %2 (cxsync-sandbox, proceso %3). El perfil y sus secretos se descartan al cerrar el panel.</translation>
    </message>
</context>
</TS>
