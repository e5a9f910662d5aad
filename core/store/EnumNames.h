#pragma once

// An enum's names, as the journal's columns, JSON and the CLI spell them. Code compares the enum; the names
// are used only where text comes in or goes out, through one table per enum (a specialisation of EnumNames
// next to the enum): enumName() gives the text, enumFromName<E>() reads it back and refuses an unknown name
// with an error that names the value and the names known.
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace cxsync {

template <typename E> struct EnumName {
    E value;
    const char *name;
};

// Specialised per enum:
//   static constexpr EnumName<E> names[] = {...};   every value once, in declaration order
//   static QString what();                           "a subscription action", translated
template <typename E> struct EnumNames;

template <typename E> QString enumName(E value)
{
    for (const EnumName<E> &n : EnumNames<E>::names) {
        if (n.value == value)
            return QString::fromLatin1(n.name);
    }
    return {}; // a value missing from its table: a programming error the tests of each table catch
}

template <typename E> Result<E> enumFromName(const QString &name)
{
    QStringList known;
    for (const EnumName<E> &n : EnumNames<E>::names) {
        if (name == QLatin1String(n.name))
            return n.value;
        known << QString::fromLatin1(n.name);
    }
    return makeError(ErrorKind::Invalid,
                     QCoreApplication::translate("cxsync::EnumNames", "'%1' is not %2 (%3)")
                         .arg(name, EnumNames<E>::what(), known.join(QStringLiteral(", "))));
}

// Every value, in the table's order.
template <typename E> QList<E> enumValues()
{
    QList<E> out;
    for (const EnumName<E> &n : EnumNames<E>::names)
        out << n.value;
    return out;
}

// ErrorKind's table lives here: Result.h, which declares it, is included by this header.
template <> struct EnumNames<ErrorKind> {
    static constexpr EnumName<ErrorKind> names[] = {
        {ErrorKind::Invalid, "invalid"},         {ErrorKind::Storage, "storage"},
        {ErrorKind::Unavailable, "unavailable"}, {ErrorKind::Permission, "permission"},
        {ErrorKind::NotFound, "not-found"},      {ErrorKind::Auth, "auth"},
        {ErrorKind::Network, "network"},         {ErrorKind::Throttled, "throttled"},
        {ErrorKind::Conflict, "conflict"},       {ErrorKind::Cancelled, "cancelled"}};
    static QString what() { return QCoreApplication::translate("cxsync::EnumNames", "an error kind"); }
};

} // namespace cxsync
