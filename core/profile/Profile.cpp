#include "Profile.h"

#include "config/SecretStore.h"
#include "config/Settings.h"
#include "connect/Connections.h"
#include "store/Journal.h"

#include <QPointer>
#include <QThread>

namespace cxsync {

Profile::Profile(Settings &settings, SecretStore &secrets, Clock *clock, QObject *parent)
    : QObject(parent), m_settings(settings), m_secrets(secrets)
{
    if (!clock) {
        m_ownClock = std::make_unique<SystemClock>();
        clock = m_ownClock.get();
    }
    m_clock = clock;
}

Profile::~Profile()
{
    // Callers still waiting for connections are told, not forgotten.
    auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (auto &done : waiting)
        done(makeError(ErrorKind::Cancelled, tr("The profile was closed before its connections were ready.")));
}

QString Profile::journalPath() const
{
    return m_settings.journalPath();
}

Result<std::shared_ptr<Journal>> Profile::journal()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_journal)
        return m_journal;
    auto opened = Journal::open(m_settings.journalPath());
    if (!opened.ok())
        return opened.error();
    m_journal = std::shared_ptr<Journal>(std::move(opened).value());
    return m_journal;
}

Result<std::unique_ptr<Journal>> Profile::openJournalForThread() const
{
    return Journal::open(m_settings.journalPath());
}

Profile::JournalOpener Profile::journalOpenerForThread() const
{
    Q_ASSERT(QThread::currentThread() == thread());
    const QString path = m_settings.journalPath();
    return [path]() { return Journal::open(path); };
}

void Profile::connections(ConnectionsCallback done)
{
    if (m_connections) {
        done(m_connections);
        return;
    }
    m_waiting.push_back(std::move(done));
    if (m_opening)
        return;
    m_opening = true;
    QPointer<Profile> self(this);
    const quint64 generation = m_generation;
    Connections::open(m_settings, m_secrets, m_clock,
                      [self, generation](Result<std::unique_ptr<Connections>> opened) {
                          if (!self)
                              return;
                          self->m_opening = false;
                          Result<std::shared_ptr<Connections>> answer = Error{};
                          if (opened.ok()) {
                              std::shared_ptr<Connections> built(std::move(opened).value());
                              if (generation == self->m_generation)
                                  self->m_connections = built;
                              answer = built;
                          } else {
                              answer = opened.error();
                          }
                          // A caller may ask again from its callback: it then waits for the next round.
                          auto waiting = std::move(self->m_waiting);
                          self->m_waiting.clear();
                          for (auto &done : waiting)
                              done(answer);
                      });
}

void Profile::servers(std::function<void(Result<Servers>)> done)
{
    QPointer<Profile> self(this);
    connections([self, done = std::move(done)](Result<std::shared_ptr<Connections>> connections) {
        if (!connections.ok())
            return done(connections.error());
        if (!self)
            return done(makeError(ErrorKind::Cancelled, tr("The profile was closed before its journal was opened.")));
        auto journal = self->journal();
        if (!journal.ok())
            return done(journal.error());
        done(Servers{std::move(connections).value(), std::move(journal).value()});
    });
}

void Profile::reload()
{
    ++m_generation;
    m_connections.reset();
    m_journal.reset();
}

void Profile::close()
{
    reload();
}

} // namespace cxsync
