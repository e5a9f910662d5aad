#include "SecretsFile.h"

#include "SettingsSchema.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace cxsync {

Result<SecretsFile::Values> SecretsFile::load(const QString &path, ServerValues *servers)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorKind::NotFound, tr("secrets file '%1' does not exist.").arg(path),
                         QStringLiteral("--secrets-file"));
#ifndef Q_OS_WIN
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                        QFile::WriteOther | QFile::ExeOther;
    if (info.permissions() & others)
        return makeError(ErrorKind::Permission,
                         tr("secrets file '%1' may be read by other users; run: chmod 600 '%1'").arg(path),
                         QStringLiteral("--secrets-file"));
#endif
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Storage,
                         tr("cannot read secrets file '%1': %2").arg(path, file.errorString()),
                         QStringLiteral("--secrets-file"));
    return parse(file.readAll(), path, servers);
}

Result<SecretsFile::Values> SecretsFile::parse(const QByteArray &data, const QString &origin,
                                               ServerValues *servers)
{
    Values values;
    const QList<QByteArray> lines = data.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith('#'))
            continue;
        const int eq = line.indexOf('=');
        if (eq <= 0)
            return makeError(ErrorKind::Invalid,
                             tr("%1 line %2: expected name=value.").arg(origin).arg(i + 1));
        QString name = QString::fromUtf8(line.left(eq)).trimmed();
        QString server;
        if (const qsizetype at = name.indexOf(QLatin1Char('@')); at >= 0) {
            server = name.mid(at + 1);
            name.truncate(at);
            if (!servers)
                return makeError(ErrorKind::Invalid,
                                 tr("%1 line %2: secrets of additional Exchange servers ('%3@%4') are not "
                                    "accepted here.")
                                     .arg(origin)
                                     .arg(i + 1)
                                     .arg(name, server),
                                 name);
            if (const auto problem = SettingsSchema::checkServerName(server))
                return makeError(ErrorKind::Invalid, tr("%1 line %2: %3").arg(origin).arg(i + 1).arg(*problem),
                                 name);
        }
        const auto secret = secretFromName(name);
        if (!secret)
            return makeError(ErrorKind::Invalid,
                             tr("%1 line %2: unknown secret '%3'.").arg(origin).arg(i + 1).arg(name), name);
        // The value is taken as written after '=' (a password may begin or end with spaces).
        if (server.isEmpty())
            values.insert(*secret, QString::fromUtf8(line.mid(eq + 1)));
        else
            (*servers)[server].insert(*secret, QString::fromUtf8(line.mid(eq + 1)));
    }
    return values;
}

Status SecretsFile::save(const QString &path, const Values &values)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Storage,
                         tr("cannot write secrets file '%1': %2").arg(path, file.errorString()));
    // Restrict before any byte is written.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QByteArray out = "# CRM Exchange Sync secrets (keep this file mode 0600)\n";
    for (Secret s : allSecrets()) {
        if (values.contains(s))
            out += secretName(s).toUtf8() + '=' + values.value(s).toUtf8() + '\n';
    }
    file.write(out);
    if (!file.commit())
        return makeError(ErrorKind::Storage,
                         tr("cannot write secrets file '%1': %2").arg(path, file.errorString()));
    return {};
}

SecretsFile::Values SecretsFile::fromEnvironment(const QProcessEnvironment &env)
{
    Values values;
    for (Secret s : allSecrets()) {
        const QString var = secretEnvironmentVariable(s);
        if (env.contains(var))
            values.insert(s, env.value(var));
    }
    return values;
}

} // namespace cxsync
