#include "SampleOrganisationSplit.h"

#include <QRegularExpression>

namespace cxsync::sandbox {

SampleOrganisationSplit SampleOrganisationSplit::split(const SampleData &data, const QString &firstDomain,
                                                       const QString &secondDomain)
{
    SampleOrganisationSplit out;
    out.crm = data;
    const QRegularExpression first(QLatin1Char('@') + QRegularExpression::escape(firstDomain) +
                                       QLatin1Char('$'),
                                   QRegularExpression::CaseInsensitiveOption);
    const QString second = QLatin1Char('@') + secondDomain;
    bool toSecond = false;
    for (SampleUser &user : out.crm.users) {
        if (!user.hasMailbox || user.key == data.syncUserKey)
            continue;
        if (toSecond) {
            out.onSecond.insert(user.key);
            user.mail.replace(first, second);
            for (QString &alias : user.aliases)
                alias.replace(first, second);
            user.crmEmail.replace(first, second);
        }
        toSecond = !toSecond;
    }
    out.first = out.crm;
    out.second = out.crm;
    for (SampleUser &user : out.first.users)
        user.hasMailbox = user.hasMailbox && !out.onSecond.contains(user.key);
    for (SampleUser &user : out.second.users)
        user.hasMailbox = user.hasMailbox && out.onSecond.contains(user.key);
    return out;
}

} // namespace cxsync::sandbox
