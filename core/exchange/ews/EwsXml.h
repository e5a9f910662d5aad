#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace cxsync::exchange::ews {

// One element of an EWS answer, read completely (answers are small: at most a page of items). Names are
// local names; `ns` keeps the namespace for the few places where it matters (SOAP Envelope, Fault).
struct XmlNode {
    QString ns;
    QString name;
    QHash<QString, QString> attributes; // by local name
    QString text;                       // the element's own character data, concatenated
    QList<XmlNode> children;

    const XmlNode *child(const QString &localName) const;
    QList<const XmlNode *> childrenNamed(const QString &localName) const;
    // The first descendant (depth first) with this local name, or nullptr.
    const XmlNode *find(const QString &localName) const;
    QString childText(const QString &localName) const; // empty when absent
    QString attribute(const QString &localName) const { return attributes.value(localName); }
    bool has(const QString &localName) const { return child(localName) != nullptr; }
};

// Parses `xml` with QXmlStreamReader (no DTDs, no external entities). Not well-formed: ErrorKind::Invalid
// naming the line and column.
Result<XmlNode> parseXml(const QByteArray &xml);

} // namespace cxsync::exchange::ews
