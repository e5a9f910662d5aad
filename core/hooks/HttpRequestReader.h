#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace cxsync {

// One HTTP/1.x request read incrementally from untrusted bytes, never holding more than the limits allow:
// the request line and headers together at most maxHeaderBytes (else 431, or 414 while still in the request
// line), the body at most maxBodyBytes (else 413 — from Content-Length before a byte of the body is read,
// and while reading a chunked body). Content-Length and chunked bodies; no body without either (RFC 9112
// 6.3). Anything that could be read two ways is refused rather than guessed: Content-Length together with
// Transfer-Encoding, differing Content-Lengths, a non-numeric length, folded header lines, whitespace before
// a header's colon (400); a transfer coding other than chunked (501); a version other than HTTP/1.0 or 1.1
// (505).
class HttpRequestReader final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::HttpRequestReader)
public:
    struct Limits {
        qsizetype maxHeaderBytes = 16 * 1024;
        qsizetype maxBodyBytes = 1024 * 1024;
        int maxHeaderCount = 100;
    };

    struct Request {
        QByteArray method; // as sent (methods are case-sensitive)
        QByteArray target; // as sent: "/path?query" (or an absolute URL)
        QUrl url;          // the target parsed; path and query are what matter
        int minorVersion = 1;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool keepAlive = true;

        QByteArray header(const QByteArray &name) const; // first value, case-insensitive
    };

    HttpRequestReader();
    explicit HttpRequestReader(Limits limits);

    // Reads from `data` up to the end of the current request (or the failure); returns how many bytes it
    // took. What follows belongs to the next request on the connection.
    qsizetype feed(QByteArrayView data);
    // For the next request on the same connection.
    void reset();

    bool hasStarted() const { return m_started; } // a byte of this request (other than blank lines) came
    bool headersComplete() const { return m_headersDone; }
    bool expectsContinue() const { return m_expectContinue; } // "Expect: 100-continue" and a body to come
    bool isComplete() const { return m_state == State::Complete; }
    bool hasFailed() const { return m_state == State::Failed; }
    int failureStatus() const { return m_failureStatus; }
    QString failureReason() const { return m_failureReason; }
    const Request &request() const { return m_request; }
    const Limits &limits() const { return m_limits; }

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Complete, Failed };

    bool takeLine(QByteArrayView data, qsizetype &pos, qsizetype maxTake, QByteArray *line);
    void headLine(const QByteArray &line);
    void headersDone();
    void chunkSizeLine(const QByteArray &line);
    void fail(int status, const QString &reason);

    Limits m_limits;
    State m_state = State::Head;
    Request m_request;
    QByteArray m_line;         // the line being read (head, chunk size, trailers)
    qsizetype m_headBytes = 0; // request line + headers so far (trailers count too)
    qsizetype m_remaining = 0; // body bytes still to come (Content-Length) or of the current chunk
    bool m_started = false;
    bool m_requestLineDone = false;
    bool m_headersDone = false;
    bool m_expectContinue = false;
    int m_failureStatus = 0;
    QString m_failureReason;
};

} // namespace cxsync
