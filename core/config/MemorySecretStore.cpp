#include "config/MemorySecretStore.h"

namespace cxsync {

void MemorySecretStore::read(Secret secret, ReadCallback done)
{
    const auto it = m_values.constFind(secret);
    if (it == m_values.cend())
        done(
            makeError(ErrorKind::NotFound, tr("no %1 is set.").arg(secretLabel(secret)), secretName(secret)));
    else
        done(it.value());
}

void MemorySecretStore::write(Secret secret, const QString &value, DoneCallback done)
{
    m_values.insert(secret, value);
    done(Status{});
}

void MemorySecretStore::remove(Secret secret, DoneCallback done)
{
    m_values.remove(secret);
    done(Status{});
}

} // namespace cxsync
