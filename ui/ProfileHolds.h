#pragma once

#include <QCoreApplication>
#include <QObject>

namespace cxsync {

// What a panel action holds of the Profile (its shared journal and connections) outlives the action's run
// objects: those are deleted later (the end of a run may come from inside one of their callbacks), and
// whatever they still do on the way out (a run drops its scratch tables, a connector ends its requests) must
// not meet a journal or connections the profile has let go meanwhile (reload() after a Save).

// Keeps `held` until `run` is destroyed.
template <typename... Held> void holdUntilDestroyed(QObject *run, Held... held)
{
    QObject::connect(run, &QObject::destroyed, [held...](QObject *) {});
}

// Lets go of `held` from the event loop, not inside the callback that ends the action.
template <typename... Held> void releaseLater(Held... held)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [held...] {}, Qt::QueuedConnection);
}

} // namespace cxsync
