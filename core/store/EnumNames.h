#pragma once

// An enum's names, as the journal's columns, JSON and the CLI spell them. Code compares the enum; the names
// are used only where text comes in or goes out, through one table per enum: to text, and back from text
// with unknown names refused by an error that names the value and the names known.
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstddef>

namespace cxsync {

template <typename E> struct EnumName {
    E value;
    const char *name;
};

template <typename E, std::size_t N> QString enumName(const EnumName<E> (&names)[N], E value)
{
    for (const EnumName<E> &n : names) {
        if (n.value == value)
            return QString::fromLatin1(n.name);
    }
    return {}; // a value missing from its table: a programming error the tests of each table catch
}

// `what` says what the name should have been ("a subscription action"), translated by the caller.
template <typename E, std::size_t N>
Result<E> enumFromName(const EnumName<E> (&names)[N], const QString &name, const QString &what)
{
    QStringList known;
    for (const EnumName<E> &n : names) {
        if (name == QLatin1String(n.name))
            return n.value;
        known << QString::fromLatin1(n.name);
    }
    return makeError(ErrorKind::Invalid,
                     QCoreApplication::translate("cxsync::EnumNames", "'%1' is not %2 (%3)")
                         .arg(name, what, known.join(QStringLiteral(", "))));
}

} // namespace cxsync
