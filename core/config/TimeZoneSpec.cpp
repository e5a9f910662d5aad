#include "config/TimeZoneSpec.h"

#include <QRegularExpression>

namespace cxsync {

Result<TimeZoneSpec> TimeZoneSpec::parse(const QString &input)
{
    const QString text = input.trimmed();
    TimeZoneSpec spec;
    if (text.isEmpty()) {
        spec.m_zone = QTimeZone::systemTimeZone();
        return spec;
    }

    // Offsets: "+1", "-3.5", "5,75", "+05:45", optionally prefixed "UTC"/"GMT".
    static const QRegularExpression offsetRe(
        QStringLiteral("^(?:UTC|GMT)?\\s*([+-]?)\\s*(\\d{1,2})(?:[.,](\\d{1,2})|:(\\d{2}))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = offsetRe.match(text);
    if (m.hasMatch()) {
        const int sign = m.captured(1) == QLatin1String("-") ? -1 : 1;
        const int hours = m.captured(2).toInt();
        int minutes = 0;
        if (m.hasCaptured(3)) {
            // decimal fraction of an hour: .25 .5 .75 (".5" and ".50" are the same)
            const QString frac = m.captured(3).leftJustified(2, QLatin1Char('0'));
            const int hundredths = frac.toInt();
            if (hundredths % 25 != 0)
                return makeError(ErrorKind::Invalid,
                                 tr("offset '%1' is not in quarter hours (use .25, .5 or .75).").arg(text));
            minutes = hundredths * 60 / 100;
        } else if (m.hasCaptured(4)) {
            minutes = m.captured(4).toInt();
            if (minutes % 15 != 0 || minutes >= 60)
                return makeError(ErrorKind::Invalid,
                                 tr("offset '%1' is not in quarter hours (:00, :15, :30 or :45).").arg(text));
        }
        const int total = sign * (hours * 3600 + minutes * 60);
        if (total < -12 * 3600 || total > 14 * 3600)
            return makeError(ErrorKind::Invalid, tr("offset '%1' is outside -12 to +14 hours.").arg(text));
        spec.m_fixed = true;
        spec.m_offsetSeconds = total;
        spec.m_zone = QTimeZone(total);
        return spec;
    }

    const QByteArray id = text.toUtf8();
    if (QTimeZone::isTimeZoneIdAvailable(id)) {
        spec.m_zone = QTimeZone(id);
        return spec;
    }
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(id);
    if (!iana.isEmpty() && QTimeZone::isTimeZoneIdAvailable(iana)) {
        spec.m_zone = QTimeZone(iana);
        return spec;
    }
    return makeError(ErrorKind::Invalid,
                     tr("'%1' is not a known time zone: use an id such as Europe/London or "
                        "GMT Standard Time, or an offset in hours such as +1 or -3.5.")
                         .arg(text));
}

QString TimeZoneSpec::description() const
{
    if (m_fixed) {
        const int abs = qAbs(m_offsetSeconds);
        return tr("fixed offset UTC%1%2:%3")
            .arg(m_offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
            .arg(abs / 3600, 2, 10, QLatin1Char('0'))
            .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
    }
    return QString::fromUtf8(m_zone.id());
}

} // namespace cxsync
