#pragma once

#include "CrmSandbox.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QStringList>

namespace cxsync::sandbox {

struct CrmHttpResult {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // The first entry of the SData error envelope's $diagnoses.
    QString firstMessage() const;
    QString firstCode() const;
    // `field` of every record in a collection's $resources, as text.
    QStringList column(const QString &field) const;
};

// Query items: values are percent-encoded by the client, so '%' in a like pattern travels as %25.
using CrmQuery = QList<QPair<QString, QString>>;

// A small blocking client for the CRM REST sandbox (test support only; it waits in a local event loop,
// which the product never does). It sends Basic authentication as the sandbox's sync user unless told
// otherwise.
class CrmTestClient {
public:
    explicit CrmTestClient(CrmSandbox &crm)
        : m_crm(crm), m_user(crm.syncUser()), m_password(crm.syncPassword())
    {
    }
    void setCredentials(const QString &user, const QString &password)
    {
        m_user = user;
        m_password = password;
        m_sendAuth = true;
    }
    void setNoCredentials() { m_sendAuth = false; }

    // `resource` is relative to the REST base URL ("Users('1')") or an absolute path ("/sdata/...").
    CrmHttpResult request(const QByteArray &verb, const QString &resource, const CrmQuery &query = {},
                          const QByteArray &body = {});
    CrmHttpResult get(const QString &resource, const CrmQuery &query = {})
    {
        return request("GET", resource, query);
    }

private:
    CrmSandbox &m_crm;
    QNetworkAccessManager m_nam;
    QString m_user;
    QString m_password;
    bool m_sendAuth = true;
};

} // namespace cxsync::sandbox
