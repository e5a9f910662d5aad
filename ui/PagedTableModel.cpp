#include "PagedTableModel.h"

namespace cxsync {

QString PagedTableModel::localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString PagedTableModel::directionText(queue::Direction direction)
{
    return direction == queue::Direction::CrmToExchange ? tr("CRM → Exchange") : tr("Exchange → CRM");
}

} // namespace cxsync
