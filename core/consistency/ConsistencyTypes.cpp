#include "ConsistencyTypes.h"

#include <QJsonArray>

namespace cxsync::consistency {

int CheckReport::count(FindingKind kind) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [kind](const Finding &f) { return f.kind == kind; }));
}

QString ConsistencyText::kindName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Orphan:
        return QStringLiteral("orphan");
    case FindingKind::Duplicate:
        return QStringLiteral("duplicate");
    case FindingKind::UnlinkedTwin:
        return QStringLiteral("twin");
    case FindingKind::FieldDrift:
        return QStringLiteral("drift");
    }
    return QString();
}

QString ConsistencyText::kindLabel(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Orphan:
        return tr("Orphan");
    case FindingKind::Duplicate:
        return tr("Duplicate");
    case FindingKind::UnlinkedTwin:
        return tr("Unlinked twin");
    case FindingKind::FieldDrift:
        return tr("Field drift");
    }
    return QString();
}

QString ConsistencyText::actionName(RepairAction action)
{
    switch (action) {
    case RepairAction::None:
        return QStringLiteral("none");
    case RepairAction::DropLink:
        return QStringLiteral("drop-link");
    case RepairAction::Link:
        return QStringLiteral("link");
    case RepairAction::DeleteExchange:
        return QStringLiteral("delete-exchange");
    case RepairAction::DeleteCrm:
        return QStringLiteral("delete-crm");
    case RepairAction::PushToExchange:
        return QStringLiteral("push-to-exchange");
    case RepairAction::PushToCrm:
        return QStringLiteral("push-to-crm");
    }
    return QString();
}

QJsonObject ConsistencyText::toJson(const Finding &f)
{
    return QJsonObject{
        {QStringLiteral("kind"), kindName(f.kind)},
        {QStringLiteral("side"), f.side},
        {QStringLiteral("mailbox"), f.address.isEmpty() ? f.mailbox : f.address},
        {QStringLiteral("crmUserId"), f.crmUserId},
        {QStringLiteral("commId"), f.commId},
        {QStringLiteral("exchangeItemId"), f.exchangeItemId},
        {QStringLiteral("subject"), f.subject},
        {QStringLiteral("start"), f.startUtc.isValid() ? f.startUtc.toString(Qt::ISODate) : QString()},
        {QStringLiteral("detail"), f.detail},
        {QStringLiteral("repair"), actionName(f.repair)},
        {QStringLiteral("repairNote"), f.repairNote}};
}

QJsonObject ConsistencyText::toJson(const CheckReport &r)
{
    QJsonArray findings;
    for (const Finding &f : r.findings)
        findings.append(toJson(f));
    QJsonObject counts;
    for (FindingKind k :
         {FindingKind::Orphan, FindingKind::Duplicate, FindingKind::UnlinkedTwin, FindingKind::FieldDrift})
        counts.insert(kindName(k), r.count(k));
    return QJsonObject{{QStringLiteral("clean"), r.clean()},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("findings"), findings},
                       {QStringLiteral("mailboxes"), r.mailboxes},
                       {QStringLiteral("exchangeItems"), r.exchangeItems},
                       {QStringLiteral("crmRecords"), r.crmRecords},
                       {QStringLiteral("links"), r.links},
                       {QStringLiteral("errors"), QJsonArray::fromStringList(r.errors)},
                       {QStringLiteral("error"), r.error},
                       {QStringLiteral("cancelled"), r.cancelled},
                       {QStringLiteral("durationMs"), r.durationMs}};
}

QString ConsistencyText::describe(const Finding &f)
{
    const QString when =
        f.startUtc.isValid() ? f.startUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
    const QString who = f.address.isEmpty() ? f.mailbox : f.address;
    QString line = QStringLiteral("%1  %2  \"%3\" %4: %5")
                       .arg(kindLabel(f.kind), who.isEmpty() ? tr("(CRM)") : who, f.subject, when, f.detail);
    if (!f.repairNote.isEmpty())
        line += QStringLiteral(" -> ") + f.repairNote;
    return line;
}

QString ConsistencyText::summary(const CheckReport &r)
{
    const QString scope =
        tr("%n mailbox(es), %1 Outlook item(s), %2 CRM record(s), %3 link(s)", nullptr, r.mailboxes)
            .arg(r.exchangeItems)
            .arg(r.crmRecords)
            .arg(r.links);
    if (r.findings.isEmpty())
        return tr("No inconsistencies found (%1).").arg(scope);
    return tr("%n finding(s): %1 orphan(s), %2 duplicate(s), %3 unlinked twin(s), %4 with field drift (%5).",
              nullptr, int(r.findings.size()))
        .arg(r.count(FindingKind::Orphan))
        .arg(r.count(FindingKind::Duplicate))
        .arg(r.count(FindingKind::UnlinkedTwin))
        .arg(r.count(FindingKind::FieldDrift))
        .arg(scope);
}

} // namespace cxsync::consistency
