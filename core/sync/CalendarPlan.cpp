#include "CalendarPlan.h"
#include "CalendarPlanRules.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace cxsync::sync {

namespace {

QJsonObject linkToJson(const ItemLink &l)
{
    return QJsonObject{{QStringLiteral("mailbox"), l.mailbox},
                       {QStringLiteral("item"), l.exchangeItemId},
                       {QStringLiteral("comm"), l.crmCommId},
                       {QStringLiteral("uid"), l.iCalUId},
                       {QStringLiteral("changeKey"), l.changeKey},
                       {QStringLiteral("exchangeHash"), l.exchangeHash},
                       {QStringLiteral("crmHash"), l.crmHash},
                       {QStringLiteral("organizer"), l.isOrganizer},
                       {QStringLiteral("start"), l.startUtc.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("user"), l.crmUserId},
                       {QStringLiteral("series"), l.seriesMasterId},
                       {QStringLiteral("row"), QString::number(l.rowId)},
                       {QStringLiteral("crmUpdated"), l.crmUpdatedUtc.toString(Qt::ISODateWithMs)}};
}

ItemLink linkFromJson(const QJsonObject &o)
{
    ItemLink l;
    l.mailbox = o.value(QStringLiteral("mailbox")).toString();
    l.exchangeItemId = o.value(QStringLiteral("item")).toString();
    l.crmCommId = o.value(QStringLiteral("comm")).toString();
    l.iCalUId = o.value(QStringLiteral("uid")).toString();
    l.changeKey = o.value(QStringLiteral("changeKey")).toString();
    l.exchangeHash = o.value(QStringLiteral("exchangeHash")).toString();
    l.crmHash = o.value(QStringLiteral("crmHash")).toString();
    l.isOrganizer = o.value(QStringLiteral("organizer")).toBool(true);
    l.startUtc = QDateTime::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs);
    l.crmUserId = o.value(QStringLiteral("user")).toString();
    l.seriesMasterId = o.value(QStringLiteral("series")).toString();
    // absent in entries of earlier versions
    l.rowId = o.value(QStringLiteral("row")).toString().toLongLong();
    if (const QString updated = o.value(QStringLiteral("crmUpdated")).toString(); !updated.isEmpty())
        l.crmUpdatedUtc = QDateTime::fromString(updated, Qt::ISODateWithMs).toUTC();
    return l;
}

} // namespace

QString SyncAction::kindName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::ExchangeCreate:
        return QStringLiteral("exchange-create");
    case ActionKind::ExchangeUpdate:
        return QStringLiteral("exchange-update");
    case ActionKind::ExchangeDelete:
        return QStringLiteral("exchange-delete");
    case ActionKind::ExchangeCancel:
        return QStringLiteral("exchange-cancel");
    case ActionKind::CrmCreate:
        return QStringLiteral("crm-create");
    case ActionKind::CrmUpdate:
        return QStringLiteral("crm-update");
    case ActionKind::CrmDelete:
        return QStringLiteral("crm-delete");
    case ActionKind::Link:
        return QStringLiteral("link");
    case ActionKind::Unlink:
        return QStringLiteral("unlink");
    case ActionKind::Adopt:
        return QStringLiteral("adopt");
    }
    return {};
}

QJsonObject SyncAction::toJson() const
{
    QJsonArray memberArray;
    for (const PlanMember &m : members)
        memberArray.append(QJsonObject{{QStringLiteral("mailbox"), m.mailbox},
                                       {QStringLiteral("user"), m.crmUserId},
                                       {QStringLiteral("event"), SyncJournal::eventToJson(m.event)}});
    QJsonObject json{{QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("mailbox"), mailbox},
                       {QStringLiteral("user"), crmUserId},
                       {QStringLiteral("comm"), commId},
                       {QStringLiteral("appointment"), SyncJournal::appointmentToJson(appointment)},
                       {QStringLiteral("event"), SyncJournal::eventToJson(event)},
                       {QStringLiteral("transactionId"), transactionId},
                       {QStringLiteral("link"), linkToJson(link)},
                       {QStringLiteral("members"), memberArray},
                       {QStringLiteral("invitations"), invitations},
                       {QStringLiteral("cancellations"), cancellations},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("series"), seriesId}};
    if (crmFields != crm::allCrmFields())
        json.insert(QStringLiteral("crmFields"), QJsonArray::fromStringList(crm::crmFieldNames(crmFields)));
    return json;
}

SyncAction SyncAction::fromJson(const QJsonObject &o)
{
    SyncAction a;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    for (ActionKind k : {ActionKind::ExchangeCreate, ActionKind::ExchangeUpdate, ActionKind::ExchangeDelete,
                         ActionKind::ExchangeCancel, ActionKind::CrmCreate, ActionKind::CrmUpdate,
                         ActionKind::CrmDelete, ActionKind::Link, ActionKind::Unlink, ActionKind::Adopt}) {
        if (kindName(k) == kind)
            a.kind = k;
    }
    a.mailbox = o.value(QStringLiteral("mailbox")).toString();
    a.crmUserId = o.value(QStringLiteral("user")).toString();
    a.commId = o.value(QStringLiteral("comm")).toString();
    a.appointment = SyncJournal::appointmentFromJson(o.value(QStringLiteral("appointment")).toObject());
    a.event = SyncJournal::eventFromJson(o.value(QStringLiteral("event")).toObject());
    a.transactionId = o.value(QStringLiteral("transactionId")).toString();
    a.link = linkFromJson(o.value(QStringLiteral("link")).toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("members")).toArray()) {
        const QJsonObject m = v.toObject();
        a.members.append(PlanMember{m.value(QStringLiteral("mailbox")).toString(),
                                    m.value(QStringLiteral("user")).toString(),
                                    SyncJournal::eventFromJson(m.value(QStringLiteral("event")).toObject())});
    }
    a.invitations = o.value(QStringLiteral("invitations")).toInt();
    a.cancellations = o.value(QStringLiteral("cancellations")).toInt();
    a.reason = o.value(QStringLiteral("reason")).toString();
    a.seriesId = o.value(QStringLiteral("series")).toString();
    // absent (older journals) or not understood: the whole record, as writes were before
    if (const QJsonValue fields = o.value(QStringLiteral("crmFields")); fields.isArray()) {
        QStringList names;
        for (const QJsonValue &v : fields.toArray())
            names.append(v.toString());
        a.crmFields = crm::crmFieldsFromNames(names).value_or(crm::allCrmFields());
    }
    return a;
}

int CalendarPlan::deletesIn(const QString &mailbox) const
{
    int n = 0;
    QSet<QString> series;
    for (const SyncAction &a : actions) {
        if (!a.isDelete() || a.mailbox != mailbox)
            continue;
        if (a.seriesId.isEmpty() || !series.contains(a.seriesId))
            ++n;
        if (!a.seriesId.isEmpty())
            series.insert(a.seriesId);
    }
    return n;
}

bool CalendarPlanner::exceedsDeleteShare(int deletes, int items, int percent)
{
    if (deletes <= 0)
        return false;
    return qint64(deletes) * 100 > qint64(percent) * qMax(items, 5);
}

QString CalendarPlanner::transactionIdFor(const QString &commId, const QString &mailbox, const QString &salt)
{
    QString key = commId + QLatin1Char('|') + mailbox.toLower();
    if (!salt.isEmpty())
        key += QLatin1Char('|') + salt;
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("cxsync-%1-%2").arg(commId, QString::fromLatin1(digest.toHex().left(16)));
}

QString CalendarPlanner::commIdOf(const QString &transactionId)
{
    static const QRegularExpression ours(QStringLiteral("^cxsync-(.+)-[0-9a-f]{16}$"));
    const QRegularExpressionMatch m = ours.match(transactionId);
    return m.hasMatch() ? m.captured(1) : QString();
}

// The rules and what each decides: CalendarPlanRules.h.
CalendarPlan CalendarPlanner::build(const PlanInput &in)
{
    CalendarPlanRules rules(in); // indexes the users, links and CRM changes every rule reads
    rules.adoptLostCreates();
    if (in.exchangeToCrm) {
        rules.applyExchangeChanges();
        rules.createNewOutlookItems();
    }
    if (in.crmToExchange)
        rules.applyCrmChanges();
    return rules.takePlan();
}

} // namespace cxsync::sync
