#include "exchange/ews/EwsXml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace cxsync::exchange::ews {

const XmlNode *XmlNode::child(const QString &localName) const
{
    for (const XmlNode &c : children) {
        if (c.name == localName)
            return &c;
    }
    return nullptr;
}

QList<const XmlNode *> XmlNode::childrenNamed(const QString &localName) const
{
    QList<const XmlNode *> out;
    for (const XmlNode &c : children) {
        if (c.name == localName)
            out.append(&c);
    }
    return out;
}

const XmlNode *XmlNode::find(const QString &localName) const
{
    for (const XmlNode &c : children) {
        if (c.name == localName)
            return &c;
        if (const XmlNode *deeper = c.find(localName))
            return deeper;
    }
    return nullptr;
}

QString XmlNode::childText(const QString &localName) const
{
    const XmlNode *c = child(localName);
    return c ? c->text : QString();
}

Result<XmlNode> parseXml(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    XmlNode root;
    QList<XmlNode *> stack;
    bool haveRoot = false;
    // Depth is bounded so that a hostile answer cannot exhaust the stack of the recursive helpers.
    constexpr int kMaxDepth = 64;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            XmlNode node;
            node.ns = reader.namespaceUri().toString();
            node.name = reader.name().toString();
            for (const QXmlStreamAttribute &a : reader.attributes())
                node.attributes.insert(a.name().toString(), a.value().toString());
            if (stack.isEmpty()) {
                if (haveRoot)
                    break;
                root = std::move(node);
                haveRoot = true;
                stack.append(&root);
            } else {
                if (stack.size() >= kMaxDepth)
                    return makeError(
                        ErrorKind::Invalid,
                        QCoreApplication::translate("cxsync::exchange::ews",
                                                    "The EWS answer is nested deeper than %1 levels.")
                            .arg(kMaxDepth),
                        QStringLiteral("xml"));
                stack.last()->children.append(std::move(node));
                stack.append(&stack.last()->children.last());
            }
        } else if (reader.isEndElement()) {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (reader.isCharacters() && !stack.isEmpty()) {
            stack.last()->text += reader.text();
        }
    }
    if (reader.hasError() || !haveRoot)
        return makeError(ErrorKind::Invalid,
                         QCoreApplication::translate("cxsync::exchange::ews",
                                                     "The EWS answer is not well-formed XML (line %1, column "
                                                     "%2: %3).")
                             .arg(reader.lineNumber())
                             .arg(reader.columnNumber())
                             .arg(haveRoot ? reader.errorString()
                                           : QCoreApplication::translate("cxsync::exchange::ews", "empty")),
                         QStringLiteral("xml"));
    // Text of elements with children is whitespace between them: only leaf text is meaningful.
    return root;
}

} // namespace cxsync::exchange::ews
