#include "MailMessage.h"

#include <QRegularExpression>
#include <QUuid>

namespace cxsync::notify {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxsync::notify::MailMessage)
};

bool isAddress(const QString &address)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return re.match(address).hasMatch();
}

bool plainAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

Status MailMessage::validate() const
{
    if (!isAddress(fromAddress))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("the sender '%1' is not an e-mail address").arg(fromAddress),
                         QStringLiteral("from"));
    if (to.isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("the mail has no recipient"), QStringLiteral("to"));
    for (const QString &address : to) {
        if (!isAddress(address))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("the recipient '%1' is not an e-mail address").arg(address),
                             QStringLiteral("to"));
    }
    for (const QString &header : {subject, fromName, messageId}) {
        if (header.contains(QLatin1Char('\r')) || header.contains(QLatin1Char('\n')))
            return makeError(ErrorKind::Invalid, Tr::tr("a mail header must not contain a line break"));
    }
    return {};
}

QByteArray MailMessage::rfc5322Date(const QDateTime &utc)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime t = utc.toUTC();
    const QDate d = t.date();
    // Not QLocale: header names of days and months are English whatever the user's language.
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()).rightJustified(2, '0') +
           ' ' + months[d.month() - 1] + ' ' + QByteArray::number(d.year()) + ' ' +
           t.time().toString(QStringLiteral("HH:mm:ss")).toLatin1() + " +0000";
}

QByteArray MailMessage::encodeHeaderText(const QString &text)
{
    if (plainAscii(text) && text.size() <= 900)
        return text.toLatin1();
    // RFC 2047: each encoded word at most 75 characters, so at most 45 bytes of UTF-8 per word, never split
    // inside a character.
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    int start = 0;
    while (start < utf8.size()) {
        int end = std::min<int>(start + 45, utf8.size());
        while (end < utf8.size() && end > start && (static_cast<unsigned char>(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + utf8.mid(start, end - start).toBase64() + "?=";
        start = end;
    }
    return out;
}

QByteArray MailMessage::quotedPrintable(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    QByteArray normalized = utf8;
    normalized.replace("\r\n", "\n");
    const QList<QByteArray> lines = normalized.split('\n');
    for (int li = 0; li < lines.size(); ++li) {
        const QByteArray &line = lines.at(li);
        QByteArray encoded;
        int column = 0;
        const auto put = [&](const QByteArray &piece) {
            if (column + piece.size() > 75) { // leave room for the soft break's '='
                encoded += "=\r\n";
                column = 0;
            }
            encoded += piece;
            column += piece.size();
        };
        for (int i = 0; i < line.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            const bool lineStart = column == 0;
            bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
            // A dot at a line start could end the SMTP data; "From " at a line start gets mangled by mbox.
            if (lineStart && (c == '.' || (c == 'F' && line.mid(i, 5) == "From ")))
                literal = false;
            if (literal)
                put(QByteArray(1, char(c)));
            else
                put(QByteArray("=") + hex[c >> 4] + hex[c & 0xF]);
        }
        out += encoded;
        if (li + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray MailMessage::toRfc5322() const
{
    QString id = messageId;
    if (id.isEmpty()) {
        const QString domain = fromAddress.section(QLatin1Char('@'), 1);
        id = QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') +
             (domain.isEmpty() ? QStringLiteral("cxsync.invalid") : domain);
    }
    QByteArray m;
    m += "Date: " + rfc5322Date(dateUtc.isValid() ? dateUtc : QDateTime::currentDateTimeUtc()) + "\r\n";
    m += "Message-ID: <" + id.toLatin1() + ">\r\n";
    QByteArray name = encodeHeaderText(fromName);
    if (plainAscii(fromName)) {
        QByteArray quoted = fromName.toLatin1();
        quoted.replace('\\', "\\\\").replace('"', "\\\"");
        name = '"' + quoted + '"';
    }
    m += "From: " + name + " <" + fromAddress.toLatin1() + ">\r\n";
    QByteArrayList recipients;
    for (const QString &address : to)
        recipients << address.toLatin1();
    m += "To: " + recipients.join(",\r\n ") + "\r\n";
    m += "Subject: " + encodeHeaderText(subject) + "\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: quoted-printable\r\n";
    m += "Auto-Submitted: auto-generated\r\n"; // RFC 3834: no vacation replies to a robot
    m += "\r\n";
    m += quotedPrintable(body.toUtf8());
    m += "\r\n";
    return m;
}

} // namespace cxsync::notify
