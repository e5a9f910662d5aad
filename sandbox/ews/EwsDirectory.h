#pragma once

#include "EwsXml.h"

#include <QByteArray>
#include <QPair>
#include <QUrl>

namespace cxsync::sandbox {

class GraphStore;

// The organisation's directory as EWS clients meet it: ResolveNames (an SMTP address, an alias, a name or
// name prefix; several candidates a Warning with them all) and POX Autodiscover (the EWS URL for an address).
class EwsDirectory final {
public:
    explicit EwsDirectory(const GraphStore &store) : m_store(store) {}

    // Writes m:ResolveNamesResponse for the m:ResolveNames request `op`.
    void resolveNames(const XmlElement &op, EwsWriter &w) const;
    // The answer (HTTP status, body) to a POX autodiscover.xml request.
    QPair<int, QByteArray> autodiscover(const QByteArray &request, const QUrl &ewsUrl,
                                        const QString &serverName) const;

private:
    const GraphStore &m_store;
};

} // namespace cxsync::sandbox
