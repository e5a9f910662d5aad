#include "EwsNtlm.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

namespace {

constexpr char kSignature[] = "NTLMSSP";

constexpr quint32 kUnicode = 0x00000001;
constexpr quint32 kOem = 0x00000002;
constexpr quint32 kRequestTarget = 0x00000004;
constexpr quint32 kNtlm = 0x00000200;
constexpr quint32 kAlwaysSign = 0x00008000;
constexpr quint32 kTargetTypeDomain = 0x00010000;
constexpr quint32 kExtendedSessionSecurity = 0x00080000;
constexpr quint32 kTargetInfo = 0x00800000;

QByteArray utf16le(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        out.append(char(c.unicode() & 0xff));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

QString fromUtf16le(const QByteArray &bytes)
{
    QString out;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        out.append(QChar(quint16(quint8(bytes[i])) | quint16(quint8(bytes[i + 1])) << 8));
    return out;
}

void putU16(QByteArray &out, qsizetype at, quint16 v)
{
    qToLittleEndian(v, out.data() + at);
}

void putU32(QByteArray &out, qsizetype at, quint32 v)
{
    qToLittleEndian(v, out.data() + at);
}

quint16 u16(const QByteArray &in, qsizetype at)
{
    return qFromLittleEndian<quint16>(in.constData() + at);
}

quint32 u32(const QByteArray &in, qsizetype at)
{
    return qFromLittleEndian<quint32>(in.constData() + at);
}

// An AV_PAIR of the target info: id, length, value.
QByteArray avPair(quint16 id, const QByteArray &value)
{
    QByteArray out(4, '\0');
    putU16(out, 0, id);
    putU16(out, 2, quint16(value.size()));
    return out + value;
}

// A security buffer field (length, allocated, offset) at `at` naming bytes inside `message`.
std::optional<QByteArray> field(const QByteArray &message, qsizetype at)
{
    if (message.size() < at + 8)
        return std::nullopt;
    const quint16 length = u16(message, at);
    const quint32 offset = u32(message, at + 4);
    if (length == 0)
        return QByteArray();
    if (offset > quint32(message.size()) || quint32(message.size()) - offset < length)
        return std::nullopt;
    return message.mid(offset, length);
}

} // namespace

int EwsNtlm::messageType(const QByteArray &message)
{
    if (message.size() < 12 || !message.startsWith(QByteArray(kSignature, 8)))
        return 0;
    const quint32 type = u32(message, 8);
    return type >= 1 && type <= 3 ? int(type) : 0;
}

std::optional<QByteArray> EwsNtlm::challenge(const QByteArray &negotiate, const QString &netbiosDomain,
                                             const QString &dnsDomain, const QString &computer,
                                             QByteArray *serverChallenge, QString *error)
{
    if (messageType(negotiate) != 1 || negotiate.size() < 16) {
        *error = u"not an NTLM NEGOTIATE message"_s;
        return std::nullopt;
    }
    const quint32 clientFlags = u32(negotiate, 12);
    // Unicode when the client offers it, else the OEM character set (curl offers OEM only)
    const bool unicode = clientFlags & kUnicode;
    QByteArray nonce(8, '\0');
    for (char &c : nonce)
        c = char(QRandomGenerator::system()->bounded(256));
    *serverChallenge = nonce;

    // FILETIME: 100 ns ticks since 1601-01-01
    const quint64 filetime = quint64(QDateTime::currentMSecsSinceEpoch()) * 10000ULL + 116444736000000000ULL;
    QByteArray stamp(8, '\0');
    qToLittleEndian(filetime, stamp.data());
    const QByteArray targetName =
        unicode ? utf16le(netbiosDomain.toUpper()) : netbiosDomain.toUpper().toLatin1();
    const QByteArray targetInfo = avPair(2, utf16le(netbiosDomain.toUpper())) +
                                  avPair(1, utf16le(computer.toUpper())) + avPair(4, utf16le(dnsDomain)) +
                                  avPair(3, utf16le(computer.toLower() + u'.' + dnsDomain)) +
                                  avPair(5, utf16le(dnsDomain)) + avPair(7, stamp) + avPair(0, QByteArray());

    quint32 flags = (unicode ? kUnicode : kOem) | kRequestTarget | kNtlm | kAlwaysSign | kTargetTypeDomain |
                    kTargetInfo; // target info AV pairs are UTF-16LE either way
    if (clientFlags & kExtendedSessionSecurity)
        flags |= kExtendedSessionSecurity;
    constexpr qsizetype kHeader = 48; // signature, type, target name, flags, challenge, reserved, target info
    QByteArray out(kHeader, '\0');
    memcpy(out.data(), kSignature, 8);
    putU32(out, 8, 2);
    putU16(out, 12, quint16(targetName.size()));
    putU16(out, 14, quint16(targetName.size()));
    putU32(out, 16, quint32(kHeader));
    putU32(out, 20, flags);
    memcpy(out.data() + 24, nonce.constData(), 8);
    putU16(out, 40, quint16(targetInfo.size()));
    putU16(out, 42, quint16(targetInfo.size()));
    putU32(out, 44, quint32(kHeader + targetName.size()));
    return out + targetName + targetInfo;
}

std::optional<EwsNtlm::Authenticate> EwsNtlm::parseAuthenticate(const QByteArray &message, QString *error)
{
    if (messageType(message) != 3 || message.size() < 64) {
        *error = u"not an NTLM AUTHENTICATE message"_s;
        return std::nullopt;
    }
    const auto lm = field(message, 12), nt = field(message, 20), domain = field(message, 28),
               user = field(message, 36), workstation = field(message, 44);
    if (!lm || !nt || !domain || !user || !workstation) {
        *error = u"an NTLM AUTHENTICATE field points outside the message"_s;
        return std::nullopt;
    }
    const quint32 flags = u32(message, 60);
    const bool unicode = flags & kUnicode;
    const auto text = [unicode](const QByteArray &b) {
        return unicode ? fromUtf16le(b) : QString::fromLatin1(b);
    };
    Authenticate out;
    out.lmResponse = *lm;
    out.ntResponse = *nt;
    out.domain = text(*domain);
    out.user = text(*user);
    out.workstation = text(*workstation);
    if (out.user.isEmpty()) {
        *error = u"anonymous NTLM logons are not allowed"_s;
        return std::nullopt;
    }
    return out;
}

QByteArray EwsNtlm::ntowfv2(const QString &password, const QString &user, const QString &domain)
{
    const QByteArray ntHash = QCryptographicHash::hash(utf16le(password), QCryptographicHash::Md4);
    return QMessageAuthenticationCode::hash(utf16le(user.toUpper() + domain), ntHash,
                                            QCryptographicHash::Md5);
}

bool EwsNtlm::verify(const Authenticate &message, const QByteArray &serverChallenge, const QString &password)
{
    if (message.ntResponse.size() <= 24 || serverChallenge.size() != 8)
        return false; // NTLMv1 (or nothing): refused
    const QByteArray proof = message.ntResponse.left(16);
    const QByteArray blob = message.ntResponse.mid(16);
    const QByteArray key = ntowfv2(password, message.user, message.domain);
    const QByteArray expected =
        QMessageAuthenticationCode::hash(serverChallenge + blob, key, QCryptographicHash::Md5);
    // constant-time comparison
    quint8 diff = 0;
    for (int i = 0; i < 16; ++i)
        diff |= quint8(proof[i]) ^ quint8(expected[i]);
    return diff == 0;
}

} // namespace cxsync::sandbox
