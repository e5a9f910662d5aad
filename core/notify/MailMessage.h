#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cxsync::notify {

// A plain-text e-mail as RFC 5322 + MIME text: Date, Message-ID, From, To, Subject (RFC 2047 encoded words
// when not plain ASCII), MIME-Version, text/plain; charset=UTF-8 in quoted-printable with CRLF line ends and
// lines of at most 76 characters.
struct MailMessage {
    QString fromAddress;
    QString fromName = QStringLiteral("CRM Exchange Sync");
    QStringList to;
    QString subject;
    QString body; // plain text, \n line ends
    QDateTime dateUtc;
    QString
        messageId; // without angle brackets; generated from a random UUID and the sender's domain if empty

    // Invalid when an address is missing or malformed, or a header would carry a line break.
    Status validate() const;
    QByteArray toRfc5322() const;

    static QByteArray rfc5322Date(const QDateTime &utc);
    static QByteArray encodeHeaderText(const QString &text); // as is, or folded =?UTF-8?B?...?= words
    static QByteArray quotedPrintable(const QByteArray &utf8);
};

} // namespace cxsync::notify
