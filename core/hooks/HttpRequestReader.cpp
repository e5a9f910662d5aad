#include "hooks/HttpRequestReader.h"

#include <QRegularExpression>

#include <algorithm>

namespace cxsync {

namespace {

constexpr qsizetype kMaxChunkLineBytes = 1024; // "1a2b;ext=..." — a size, not a place for data

// RFC 9110 5.6.2 token characters.
bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    static const QByteArray extra = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               extra.contains(c);
    });
}

bool isVisible(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) > 0x20 && c != 0x7f; });
}

// A header's comma-separated elements, trimmed and lower-cased.
QByteArrayList elements(const QByteArray &value)
{
    QByteArrayList out;
    for (const QByteArray &part : value.split(',')) {
        const QByteArray item = part.trimmed().toLower();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

} // namespace

QByteArray HttpRequestReader::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpRequestReader::HttpRequestReader() : HttpRequestReader(Limits()) {}

HttpRequestReader::HttpRequestReader(Limits limits) : m_limits(limits) {}

void HttpRequestReader::reset()
{
    *this = HttpRequestReader(m_limits);
}

void HttpRequestReader::fail(int status, const QString &reason)
{
    m_state = State::Failed;
    m_failureStatus = status;
    m_failureReason = reason;
    m_line.clear();
}

// Moves bytes up to and including the next LF into m_line, at most maxTake (at least one) of them. True when
// a whole line is there (then in *line, without CR LF); false when `data` or maxTake ended first (the caller
// checks its limit: it passes one byte more than it allows, so that an overlong line shows).
bool HttpRequestReader::takeLine(QByteArrayView data, qsizetype &pos, qsizetype maxTake, QByteArray *line)
{
    const qsizetype lf = data.indexOf('\n', pos);
    const qsizetype want = (lf < 0 ? data.size() : lf + 1) - pos;
    const qsizetype take = std::min(want, std::max<qsizetype>(1, maxTake));
    m_line.append(data.sliced(pos, take));
    pos += take;
    if (lf < 0 || take < want)
        return false;
    m_line.chop(1); // LF
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    *line = std::move(m_line);
    m_line.clear();
    return true;
}

qsizetype HttpRequestReader::feed(QByteArrayView data)
{
    qsizetype pos = 0;
    while (pos < data.size() && m_state != State::Complete && m_state != State::Failed) {
        switch (m_state) {
        case State::Head:
        case State::Trailers: {
            const qsizetype before = pos;
            QByteArray line;
            const bool whole = takeLine(data, pos, m_limits.maxHeaderBytes - m_headBytes + 1, &line);
            m_headBytes += pos - before;
            if (!m_started && m_state == State::Head && (!line.isEmpty() || !m_line.isEmpty()))
                m_started = true;
            if (m_headBytes > m_limits.maxHeaderBytes) {
                if (m_state == State::Trailers)
                    fail(431, tr("the chunked body's trailer fields are larger than %1 bytes")
                                  .arg(m_limits.maxHeaderBytes));
                else if (!m_requestLineDone)
                    fail(414, tr("the request line is longer than %1 bytes").arg(m_limits.maxHeaderBytes));
                else
                    fail(431, tr("the request's header fields are larger than %1 bytes")
                                  .arg(m_limits.maxHeaderBytes));
                break;
            }
            if (!whole)
                break;
            if (m_state == State::Trailers) {
                if (line.isEmpty())
                    m_state = State::Complete; // trailer fields are read and dropped
                else if (line.indexOf(':') <= 0)
                    fail(400, tr("a malformed trailer field after the chunked body"));
            } else {
                headLine(line);
            }
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qsizetype n = std::min<qsizetype>(m_remaining, data.size() - pos);
            m_request.body.append(data.sliced(pos, n));
            pos += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = m_state == State::Body ? State::Complete : State::ChunkDataEnd;
            break;
        }
        case State::ChunkSize:
        case State::ChunkDataEnd: {
            QByteArray line;
            const bool whole = takeLine(data, pos, kMaxChunkLineBytes + 1 - m_line.size(), &line);
            if (m_line.size() > kMaxChunkLineBytes) {
                fail(400, tr("a chunk-size line longer than %1 bytes").arg(kMaxChunkLineBytes));
                break;
            }
            if (!whole)
                break;
            if (m_state == State::ChunkDataEnd) {
                if (!line.isEmpty())
                    fail(400, tr("a chunk is longer than its size says"));
                else
                    m_state = State::ChunkSize;
            } else {
                chunkSizeLine(line);
            }
            break;
        }
        case State::Complete:
        case State::Failed:
            break;
        }
    }
    return pos;
}

void HttpRequestReader::headLine(const QByteArray &line)
{
    if (!m_requestLineDone) {
        if (line.isEmpty())
            return; // RFC 9112 2.2: blank lines before a request line are ignored
        const QByteArrayList parts = line.split(' ');
        if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty() || !isVisible(parts.at(1)))
            return fail(400, tr("a malformed request line"));
        static const QRegularExpression version(QStringLiteral("^HTTP/(\\d)\\.(\\d)$"));
        const auto match = version.match(QString::fromLatin1(parts.at(2)));
        if (!match.hasMatch())
            return fail(400, tr("a malformed request line"));
        if (match.captured(1) != QLatin1String("1"))
            return fail(505, tr("HTTP version %1 is not supported").arg(QString::fromLatin1(parts.at(2))));
        m_request.method = parts.at(0);
        m_request.target = parts.at(1);
        m_request.minorVersion = match.captured(2).toInt();
        m_request.url = QUrl::fromEncoded(m_request.target);
        const bool originForm = m_request.target.startsWith('/');
        const bool absoluteForm = m_request.url.isValid() && !m_request.url.isRelative() &&
                                  (m_request.url.scheme() == QLatin1String("http") ||
                                   m_request.url.scheme() == QLatin1String("https"));
        if (!m_request.url.isValid() || !(originForm || absoluteForm))
            return fail(400, tr("a malformed request target"));
        m_requestLineDone = true;
        return;
    }
    if (line.isEmpty())
        return headersDone();
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(400, tr("a folded header line (obsolete line folding)"));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
        return fail(400, tr("a malformed header field"));
    if (m_request.headers.size() >= m_limits.maxHeaderCount)
        return fail(431, tr("more than %1 header fields").arg(m_limits.maxHeaderCount));
    m_request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
}

void HttpRequestReader::headersDone()
{
    m_headersDone = true;
    QByteArrayList connection, transferCodings, lengths;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name.compare("Connection", Qt::CaseInsensitive) == 0)
            connection += elements(value);
        else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            transferCodings += elements(value);
        else if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            lengths += elements(value.isEmpty() ? QByteArray("x") : value);
    }
    m_request.keepAlive =
        m_request.minorVersion >= 1 ? !connection.contains("close") : connection.contains("keep-alive");

    if (!transferCodings.isEmpty()) {
        // Both would let a proxy in front and this reader see different requests (request smuggling).
        if (!lengths.isEmpty())
            return fail(400, tr("both Content-Length and Transfer-Encoding"));
        if (m_request.minorVersion == 0)
            return fail(400, tr("Transfer-Encoding in an HTTP/1.0 request"));
        if (transferCodings != QByteArrayList{"chunked"})
            return fail(501, tr("the transfer coding '%1' is not supported")
                                 .arg(QString::fromLatin1(transferCodings.join(", ")).left(64)));
        m_state = State::ChunkSize;
    } else if (!lengths.isEmpty()) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
        for (const QByteArray &length : std::as_const(lengths)) {
            if (!digits.match(QString::fromLatin1(length)).hasMatch() || length != lengths.first())
                return fail(400, tr("an invalid Content-Length"));
        }
        const qint64 length = lengths.first().toLongLong();
        if (length > m_limits.maxBodyBytes)
            return fail(
                413,
                tr("a body of %1 bytes, more than the limit of %2").arg(length).arg(m_limits.maxBodyBytes));
        m_remaining = length;
        m_state = length == 0 ? State::Complete : State::Body;
    } else {
        m_state = State::Complete; // no body (a request is never delimited by closing the connection)
    }
    if (m_state != State::Complete &&
        m_request.header("Expect").trimmed().compare("100-continue", Qt::CaseInsensitive) == 0)
        m_expectContinue = true;
}

void HttpRequestReader::chunkSizeLine(const QByteArray &line)
{
    const QByteArray size = line.left(line.indexOf(';') < 0 ? line.size() : line.indexOf(';')).trimmed();
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{1,15}$"));
    if (!hex.match(QString::fromLatin1(size)).hasMatch())
        return fail(400, tr("a malformed chunk size"));
    const qint64 bytes = size.toLongLong(nullptr, 16);
    if (bytes == 0) {
        m_state = State::Trailers;
        return;
    }
    if (m_request.body.size() + bytes > m_limits.maxBodyBytes)
        return fail(413, tr("a chunked body of more than %1 bytes").arg(m_limits.maxBodyBytes));
    m_remaining = bytes;
    m_state = State::ChunkData;
}

} // namespace cxsync
