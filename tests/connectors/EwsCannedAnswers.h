#pragma once

// Recorded-answer bodies the tst_ews_* suites queue on their EwsEndpoint that the doc samples do not cover.
// A plain header without QObject (moc does not read it).
#include <QByteArray>
#include <QList>
#include <QPair>

namespace cxsync::testsupport {

// A FindItem answer (the shape of the doc's finditem-op-02) holding calendar items with these ItemId
// Id / ChangeKey pairs; none: the search found nothing (the look-up before an EWS create).
inline QByteArray findItemAnswer(const QList<QPair<QByteArray, QByteArray>> &items = {})
{
    QByteArray found;
    for (const auto &[id, changeKey] : items)
        found += "<t:CalendarItem><t:ItemId Id=\"" + id + "\" ChangeKey=\"" + changeKey +
                 "\"/></t:CalendarItem>";
    return QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope "
                      "xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                      "<m:FindItemResponse xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\" "
                      "xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"><m:ResponseMessages>"
                      "<m:FindItemResponseMessage ResponseClass=\"Success\"><m:ResponseCode>NoError</m:ResponseCode>"
                      "<m:RootFolder IndexedPagingOffset=\"") +
           QByteArray::number(items.size()) + "\" TotalItemsInView=\"" + QByteArray::number(items.size()) +
           "\" IncludesLastItemInRange=\"true\"><t:Items>" + found +
           "</t:Items></m:RootFolder></m:FindItemResponseMessage></m:ResponseMessages></m:FindItemResponse>"
           "</s:Body></s:Envelope>";
}

} // namespace cxsync::testsupport
