#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace cxsync::sandbox {

// The server side of NTLM (MS-NLMP) as IIS runs it for /EWS: NEGOTIATE (type 1) -> CHALLENGE (type 2, with
// target info) -> AUTHENTICATE (type 3) checked as NTLMv2 against the account's password.
class EwsNtlm {
public:
    // 1, 2 or 3 for an NTLMSSP message; 0 for anything else.
    static int messageType(const QByteArray &message);

    // The CHALLENGE answering a NEGOTIATE; `serverChallenge` receives the 8 random bytes to verify against.
    static std::optional<QByteArray> challenge(const QByteArray &negotiate, const QString &netbiosDomain,
                                               const QString &dnsDomain, const QString &computer,
                                               QByteArray *serverChallenge, QString *error);

    struct Authenticate {
        QString domain;
        QString user;
        QString workstation;
        QByteArray lmResponse;
        QByteArray ntResponse; // NTProofStr (16 bytes) + the client's blob for NTLMv2
    };
    static std::optional<Authenticate> parseAuthenticate(const QByteArray &message, QString *error);

    // NTOWFv2 = HMAC-MD5(MD4(UTF-16LE(password)), UTF-16LE(UPPER(user) + domain))
    static QByteArray ntowfv2(const QString &password, const QString &user, const QString &domain);
    // Whether the AUTHENTICATE's NTLMv2 response proves `password`: NTProofStr = HMAC-MD5(NTOWFv2,
    // serverChallenge + blob). NTLMv1 responses (24 bytes) are refused, as Exchange servers set to
    // LmCompatibilityLevel 5 do.
    static bool verify(const Authenticate &message, const QByteArray &serverChallenge,
                       const QString &password);
};

} // namespace cxsync::sandbox
