#include "FaultPlan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cxsync::sandbox {

namespace {
const QList<QPair<QString, FaultKind>> &kindNames()
{
    static const QList<QPair<QString, FaultKind>> names{
        {QStringLiteral("429"), FaultKind::TooManyRequests},
        {QStringLiteral("503"), FaultKind::ServiceUnavailable},
        {QStringLiteral("504"), FaultKind::GatewayTimeout},
        {QStringLiteral("reset"), FaultKind::ConnectionReset},
        {QStringLiteral("reset-after"), FaultKind::ResetAfterApply},
        {QStringLiteral("stall"), FaultKind::Stall},
        {QStringLiteral("malformed"), FaultKind::MalformedJson},
        {QStringLiteral("truncated"), FaultKind::TruncatedBody},
        {QStringLiteral("server-busy"), FaultKind::ServerBusy},
    };
    return names;
}
} // namespace

QString faultKindName(FaultKind kind)
{
    for (const auto &[name, k] : kindNames()) {
        if (k == kind)
            return name;
    }
    return {};
}

std::optional<FaultPlan> FaultPlan::load(const QString &pathOrJson, QString *error)
{
    if (pathOrJson.trimmed().startsWith(QLatin1Char('{')))
        return parse(pathOrJson.toUtf8(), error);
    QFile file(pathOrJson);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read fault plan '%1': %2").arg(pathOrJson, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), error);
}

std::optional<FaultPlan> FaultPlan::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("fault plan is not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    FaultPlan plan;
    plan.m_seed = static_cast<quint64>(root.value(QStringLiteral("seed")).toInteger(0));
    plan.m_rng.seed(plan.m_seed);
    const QJsonArray rules = root.value(QStringLiteral("rules")).toArray();
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject r = rules.at(i).toObject();
        FaultRule rule;
        rule.method = r.value(QStringLiteral("method")).toString().toUpper();
        rule.path = QRegularExpression(r.value(QStringLiteral("path")).toString(QStringLiteral(".*")));
        if (!rule.path.isValid()) {
            *error = QStringLiteral("fault rule %1: path is not a valid regular expression: %2")
                         .arg(i)
                         .arg(rule.path.errorString());
            return std::nullopt;
        }
        rule.query = QRegularExpression(r.value(QStringLiteral("query")).toString());
        if (!rule.query.isValid()) {
            *error = QStringLiteral("fault rule %1: query is not a valid regular expression: %2")
                         .arg(i)
                         .arg(rule.query.errorString());
            return std::nullopt;
        }
        rule.rate = r.value(QStringLiteral("rate")).toDouble(1.0);
        if (rule.rate < 0 || rule.rate > 1) {
            *error = QStringLiteral("fault rule %1: rate must be between 0 and 1").arg(i);
            return std::nullopt;
        }
        rule.after = r.value(QStringLiteral("after")).toInt(0);
        rule.times = r.value(QStringLiteral("times")).toInt(-1);
        const QString fault = r.value(QStringLiteral("fault")).toVariant().toString();
        bool known = false;
        for (const auto &[name, kind] : kindNames()) {
            if (name == fault) {
                rule.kind = kind;
                known = true;
            }
        }
        if (!known) {
            *error =
                QStringLiteral(
                    "fault rule %1: unknown fault '%2' (429, 503, 504, reset, reset-after, stall, malformed, "
                    "truncated, server-busy)")
                    .arg(i)
                    .arg(fault);
            return std::nullopt;
        }
        rule.retryAfter = r.value(QStringLiteral("retryAfter")).toVariant().toString();
        if (rule.kind == FaultKind::TooManyRequests && rule.retryAfter.isEmpty())
            rule.retryAfter = QStringLiteral("1");
        rule.seconds = r.value(QStringLiteral("seconds")).toDouble(0);
        if (rule.kind == FaultKind::Stall && rule.seconds <= 0) {
            *error = QStringLiteral("fault rule %1: a stall needs \"seconds\" > 0").arg(i);
            return std::nullopt;
        }
        const QJsonValue backOff = r.value(QStringLiteral("backOffMilliseconds"));
        rule.backOffMs = backOff.isUndefined() ? 5000 : backOff.toInt(-1);
        if (rule.backOffMs < 0) {
            *error = QStringLiteral("fault rule %1: \"backOffMilliseconds\" must be a number >= 0").arg(i);
            return std::nullopt;
        }
        plan.m_rules.append(rule);
    }
    return plan;
}

std::optional<FaultDecision> FaultPlan::decide(const QString &method, const QString &path, const QString &query)
{
    for (FaultRule &rule : m_rules) {
        if (!rule.method.isEmpty() && rule.method != method)
            continue;
        if (!rule.path.match(path).hasMatch())
            continue;
        if (!rule.query.pattern().isEmpty() && !rule.query.match(query).hasMatch())
            continue;
        ++rule.matched;
        if (rule.matched <= rule.after)
            continue;
        if (rule.times >= 0 && rule.applied >= rule.times)
            continue;
        // Draw for every eligible request, fired or not, so the sequence depends only on the seed and
        // requests.
        const double draw = std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
        if (draw >= rule.rate)
            continue;
        ++rule.applied;
        return FaultDecision{rule.kind, rule.retryAfter, rule.seconds, rule.backOffMs};
    }
    return std::nullopt;
}

QJsonObject FaultPlan::toJson() const
{
    QJsonArray rules;
    for (const FaultRule &r : m_rules) {
        rules.append(QJsonObject{{QStringLiteral("method"), r.method},
                                 {QStringLiteral("path"), r.path.pattern()},
                                 {QStringLiteral("query"), r.query.pattern()},
                                 {QStringLiteral("rate"), r.rate},
                                 {QStringLiteral("fault"), faultKindName(r.kind)},
                                 {QStringLiteral("matched"), r.matched},
                                 {QStringLiteral("applied"), r.applied}});
    }
    return QJsonObject{{QStringLiteral("seed"), QString::number(m_seed)}, {QStringLiteral("rules"), rules}};
}

} // namespace cxsync::sandbox
