#include "SandboxState.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cxsync::sandbox {

namespace {

// One short-lived connection per call; the name is unique so several sandboxes can persist at once.
class Connection final {
public:
    explicit Connection(const QString &path)
        : m_name(QStringLiteral("cxsync-sandbox-state-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace

bool SandboxState::save(const QString &path, const QJsonObject &parts, QString *error)
{
    Connection c(path);
    if (!c.db().open()) {
        *error = QStringLiteral("cannot open state file '%1': %2").arg(path, c.db().lastError().text());
        return false;
    }
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS sandbox_state (part TEXT PRIMARY KEY, json TEXT NOT NULL, "
            "saved_utc TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"))) {
        *error = q.lastError().text();
        return false;
    }
    if (!c.db().transaction()) {
        *error = c.db().lastError().text();
        return false;
    }
    for (auto it = parts.begin(); it != parts.end(); ++it) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO sandbox_state (part, json) VALUES (?, ?)"));
        q.addBindValue(it.key());
        q.addBindValue(
            QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact)));
        if (!q.exec()) {
            *error = q.lastError().text();
            c.db().rollback();
            return false;
        }
    }
    if (!c.db().commit()) {
        *error = c.db().lastError().text();
        return false;
    }
    return true;
}

bool SandboxState::load(const QString &path, QJsonObject *parts, QString *error)
{
    error->clear();
    if (!QFileInfo::exists(path))
        return false;
    Connection c(path);
    if (!c.db().open()) {
        *error = QStringLiteral("cannot open state file '%1': %2").arg(path, c.db().lastError().text());
        return false;
    }
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("SELECT part, json FROM sandbox_state"))) {
        *error = QStringLiteral("'%1' is not a sandbox state file: %2").arg(path, q.lastError().text());
        return false;
    }
    while (q.next()) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8(), &pe);
        if (!doc.isObject()) {
            *error = QStringLiteral("state part '%1' in '%2' is damaged: %3")
                         .arg(q.value(0).toString(), path, pe.errorString());
            return false;
        }
        parts->insert(q.value(0).toString(), doc.object());
    }
    return true;
}

} // namespace cxsync::sandbox
