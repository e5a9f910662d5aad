// The panel's Failed Messages and Log pages, offscreen, on a journal with 100,000 failed messages: the table
// loads page by page as it scrolls, filters narrow it, the details pane shows the change and its history,
// Retry Now / Retry All Matching / Discard change the queue as shown (Discard only when confirmed), Export
// writes what the filter shows, Send Test Mail reaches a real SMTP server; the Log page filters and exports;
// both pages are tabs of the control panel.
#include "ControlPanelWindow.h"
#include "FailedMessagesModel.h"
#include "FailedMessagesPage.h"
#include "LogPage.h"
#include "PagedTableModel.h"
#include "QueueTestSupport.h"
#include "SmtpTestServer.h"
#include "TransactionLogModel.h"
#include "config/LayeredSecretStore.h"
#include "config/MemorySecretStore.h"
#include "profile/Profile.h"
#include "queue/FailedMessageQueue.h"
#include "queue/TransactionLog.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace cxsync;
using namespace cxsync::queue;
using namespace cxsync::testsupport;

class TestQueuePages final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Journal> m_journal; // the test's own connection, beside the page's
    std::unique_ptr<FailedMessageQueue> m_queue;
    SystemClock m_clock;
    std::unique_ptr<Profile> m_pageProfile; // the pages': m_settings and m_secrets
    std::unique_ptr<FailedMessagesPage> m_page;
    QStringList m_status;

    // This process's resident memory (Linux; 0 elsewhere), reported, not asserted.
    static qint64 residentKiB()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return 0;
    }
    template <typename T> T *find(QWidget *root, const QString &name) const
    {
        T *widget = root->findChild<T *>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    void selectState(const QString &state)
    {
        auto *combo = find<QComboBox>(m_page.get(), QStringLiteral("failedState"));
        combo->setCurrentIndex(combo->findData(state));
    }
    void selectRow(int row)
    {
        auto *table = find<QTableView>(m_page.get(), QStringLiteral("failedTable"));
        table->selectRow(row);
    }
    void openPage()
    {
        m_page.reset();
        m_pageProfile = std::make_unique<Profile>(*m_settings, *m_secrets);
        m_page = std::make_unique<FailedMessagesPage>(*m_pageProfile);
        connect(m_page.get(), &FailedMessagesPage::statusMessage, this,
                [this](const QString &message) { m_status << message; });
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    // The first page of `model` is shown; its second page fails once (the table is renamed away meanwhile),
    // then is read on the next fetchMore(). `reference` is the same source and filter, read while nothing
    // fails; `idAt` gives a row's id.
    void readAgainAfterAFailedPage(PagedTableModel *model, PagedTableModel *reference, QLabel *summary,
                                   const QString &table, qint64 (*idAt)(PagedTableModel *, int))
    {
        QVERIFY(summary);
        QCOMPARE(model->rowCount(), PagedTableModel::PageSize);
        QVERIFY(model->canFetchMore({}));
        QSignalSpy failures(model, &PagedTableModel::fetchFailed);
        QSqlQuery q(m_journal->database());
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_away").arg(table)),
                 qPrintable(q.lastError().text()));
        model->fetchMore({});
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE %1_away RENAME TO %1").arg(table)),
                 qPrintable(q.lastError().text()));
        QCOMPARE(failures.size(), 1);
        const QString error = failures.first().first().toString();
        QVERIFY2(error.contains(table), qPrintable(error));
        QCOMPARE(model->lastError(), error);
        QCOMPARE(summary->text(),
                 QStringLiteral("More rows could not be read (scroll to try again): %1").arg(error));
        QCOMPARE(model->rowCount(), PagedTableModel::PageSize);
        QVERIFY(model->canFetchMore({})); // the position is kept

        model->fetchMore({});
        reference->fetchMore({});
        QCOMPARE(failures.size(), 1);
        QVERIFY2(model->lastError().isEmpty(), qPrintable(model->lastError()));
        QCOMPARE(model->rowCount(), 2 * PagedTableModel::PageSize);
        QCOMPARE(reference->rowCount(), 2 * PagedTableModel::PageSize);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(idAt(model, row), idAt(reference, row));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profile = m_dir->filePath(QStringLiteral("cxsync.ini"));
        {
            QSettings ini(m_profile, QSettings::IniFormat);
            ini.setValue(Keys::JournalPath, m_dir->filePath(QStringLiteral("journal.sqlite")));
        }
        m_settings = Settings::open(m_profile).value();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_journal = Journal::open(m_settings->journalPath()).value();
        QElapsedTimer timer;
        timer.start();
        const QString error = seedFailedMessages(*m_journal, 0, 99999);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo() << "seeded 100,000 failed messages in" << timer.elapsed() << "ms";
        m_queue = std::make_unique<FailedMessageQueue>(*m_journal, m_clock, RetrySchedule{}, 1);
        TransactionLog log(*m_journal, m_clock);
        for (int i = 0; i < 450; ++i) {
            LogEntry e;
            e.timeUtc = QDateTime::currentDateTimeUtc().addSecs(-60 * i);
            e.direction = i % 2 ? QStringLiteral("crm_to_exchange") : QStringLiteral("exchange_to_crm");
            e.user = i % 3 ? QStringLiteral("anna@contoso.com") : QStringLiteral("bert@contoso.com");
            e.item = QStringLiteral("Meeting %1").arg(i);
            e.action = QStringLiteral("create");
            e.result = i % 5 ? LogResult::Ok : LogResult::Failed;
            e.durationMs = 40 + i;
            QVERIFY(log.append(e).ok());
        }
    }
    void init()
    {
        m_status.clear();
        openPage();
    }
    void cleanup()
    {
        m_page.reset();
        m_pageProfile.reset();
    }
    void cleanupTestCase()
    {
        m_queue.reset();
        m_journal.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void a100000RowTableLoadsAsItScrolls()
    {
        FailedMessagesModel *model = m_page->model();
        QCOMPARE(model->totalCount(), qint64(100000));
        QCOMPARE(model->rowCount(), FailedMessagesModel::PageSize);
        QVERIFY(model->canFetchMore({}));
        QVERIFY2(find<QLabel>(m_page.get(), QStringLiteral("failedSummary"))
                     ->text()
                     .contains(QStringLiteral("100000")),
                 qPrintable(find<QLabel>(m_page.get(), QStringLiteral("failedSummary"))->text()));
        auto *table = find<QTableView>(m_page.get(), QStringLiteral("failedTable"));
        QElapsedTimer timer;
        timer.start();
        int scrolls = 0;
        while (model->rowCount() < 20000 && scrolls < 200) {
            // What a user dragging the scroll bar to the end does; the view asks the model for more.
            table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
            QCoreApplication::processEvents();
            ++scrolls;
        }
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(model->rowCount() >= 20000, qPrintable(QString::number(model->rowCount())));
        qInfo().noquote() << QStringLiteral(
                                 "scrolled to row %1 of 100,000 in %2 scroll(s), %3 ms (%4 ms per page of "
                                 "%5, paint included)")
                                 .arg(model->rowCount())
                                 .arg(scrolls)
                                 .arg(elapsed)
                                 .arg(double(elapsed) / (model->rowCount() / FailedMessagesModel::PageSize),
                                      0, 'f', 1)
                                 .arg(FailedMessagesModel::PageSize);
        // Rows arrive in order, newest failure first, none twice.
        QSet<qint64> ids;
        QDateTime previous;
        for (int row = 0; row < model->rowCount(); ++row) {
            const FailedMessage *m = model->messageAt(row);
            QVERIFY(!ids.contains(m->id));
            ids.insert(m->id);
            QVERIFY(!previous.isValid() || m->lastFailureUtc <= previous);
            previous = m->lastFailureUtc;
        }
    }

    // Issue 8: the whole table, scrolled to its end the way a user drags the scroll bar, while the engine
    // records new failures halfway: every row that was there arrives once, in order, none carries its change
    // snapshot, and the last row is the oldest failure. The new failures wait on top for a reload.
    void scrollingTo100000RowsDropsNothingWhileFailuresArrive()
    {
        FailedMessagesModel *model = m_page->model();
        QCOMPARE(model->totalCount(), qint64(100000));
        qint64 oldestId = 0;
        QString oldestSubject;
        {
            QSqlQuery q(m_journal->database());
            QVERIFY(q.exec(QStringLiteral(
                "SELECT id, subject FROM failed_messages ORDER BY last_failure_utc, id LIMIT 1")));
            QVERIFY(q.next());
            oldestId = q.value(0).toLongLong();
            oldestSubject = q.value(1).toString();
        }
        QCOMPARE(oldestSubject, QStringLiteral("Board meeting 99999"));
        const qint64 rssBefore = residentKiB();
        auto *table = find<QTableView>(m_page.get(), QStringLiteral("failedTable"));
        QList<qint64> arrived;
        int scrolls = 0;
        while (model->canFetchMore({}) && scrolls < 2000) {
            table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
            QCoreApplication::processEvents();
            ++scrolls;
            if (arrived.isEmpty() && model->rowCount() >= 50000) {
                for (int i = 0; i < 25; ++i)
                    arrived << m_queue
                                   ->record(networkFailure(QStringLiteral("erik@contoso.com"),
                                                           QStringLiteral("AAMk-new-%1").arg(i)))
                                   .value()
                                   .id;
            }
        }
        QVERIFY(!arrived.isEmpty());
        QVERIFY2(!model->canFetchMore({}), qPrintable(QString::number(model->rowCount())));
        QVERIFY2(model->lastError().isEmpty(), qPrintable(model->lastError()));
        QCOMPARE(model->rowCount(), 100000);
        const FailedMessage *last = model->messageAt(model->rowCount() - 1);
        QCOMPARE(last->id, oldestId);
        QCOMPARE(last->subject, oldestSubject);
        QSet<qint64> ids;
        ids.reserve(100000);
        QDateTime previous;
        for (int row = 0; row < model->rowCount(); ++row) {
            const FailedMessage *m = model->messageAt(row);
            if (ids.contains(m->id) || (previous.isValid() && m->lastFailureUtc > previous) ||
                !m->snapshot.isEmpty() || m->hasDetails || m->snapshotBytes <= 0)
                QFAIL(qPrintable(QStringLiteral("row %1 (message %2): repeated, out of order or carrying its "
                                                "snapshot")
                                     .arg(row)
                                     .arg(m->id)));
            ids.insert(m->id);
            previous = m->lastFailureUtc;
        }
        for (qint64 id : arrived)
            QVERIFY(!ids.contains(id)); // newer than the rows shown: above them, not among them
        qInfo().noquote() << QStringLiteral("100,000 rows in %1 scroll(s); resident memory grew by %2 MiB")
                                 .arg(scrolls)
                                 .arg(double(residentKiB() - rssBefore) / 1024.0, 0, 'f', 1);

        // A reload shows them first.
        QVERIFY(model->reload());
        QCOMPARE(model->totalCount(), qint64(100000 + arrived.size()));
        QCOMPARE(model->messageAt(0)->id, arrived.last());

        // Put things back for the other tests.
        QSqlQuery q(m_journal->database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM failed_message_events WHERE message_id IN (SELECT id FROM"
                                      " failed_messages WHERE mailbox = 'erik@contoso.com')")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM failed_messages WHERE mailbox = 'erik@contoso.com'")));
    }

    // A further page that cannot be read (here: another connection has renamed its table away) is named in
    // the summary and keeps the paging position, on both pages: the next scroll reads that very page, so no
    // row is skipped or shown twice. (The Log page used to drop its position: its table then ended early, for
    // good.)
    void aPageThatCannotBeReadIsReadAgainOnTheNextScroll()
    {
        FailedMessagesModel failedReference; // the same filter, read while nothing fails
        QVERIFY(failedReference.setSource(m_queue.get(), m_page->model()->filter()));
        readAgainAfterAFailedPage(m_page->model(), &failedReference,
                                  find<QLabel>(m_page.get(), QStringLiteral("failedSummary")),
                                  QStringLiteral("failed_messages"), [](PagedTableModel *model, int row) {
                                      return static_cast<FailedMessagesModel *>(model)->messageAt(row)->id;
                                  });
        if (QTest::currentTestFailed())
            return;
        LogPage logPage(*m_pageProfile);
        TransactionLog log(*m_journal, m_clock);
        TransactionLogModel logReference;
        QVERIFY(logReference.setSource(&log, logPage.model()->filter()));
        readAgainAfterAFailedPage(logPage.model(), &logReference,
                                  find<QLabel>(&logPage, QStringLiteral("logSummary")),
                                  QStringLiteral("transaction_log"), [](PagedTableModel *model, int row) {
                                      return static_cast<TransactionLogModel *>(model)->entryAt(row)->id;
                                  });
    }

    void filtersNarrowTheTable()
    {
        selectState(QStringLiteral("parked"));
        QCOMPARE(m_page->model()->totalCount(), qint64(10000));
        auto *user = find<QLineEdit>(m_page.get(), QStringLiteral("failedUser"));
        user->setText(QStringLiteral("DORA@contoso.com"));
        Q_EMIT user->editingFinished();
        QCOMPARE(m_page->model()->totalCount(), qint64(2500));
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            QCOMPARE(m_page->model()->messageAt(row)->mailbox, QStringLiteral("dora@contoso.com"));
        auto *direction = find<QComboBox>(m_page.get(), QStringLiteral("failedDirection"));
        direction->setCurrentIndex(direction->findData(QStringLiteral("exchange_to_crm")));
        QCOMPARE(m_page->model()->totalCount(), qint64(0));
        direction->setCurrentIndex(0);
        auto *kind = find<QComboBox>(m_page.get(), QStringLiteral("failedKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("network")));
        QCOMPARE(m_page->model()->totalCount(), qint64(0)); // parked ones are all invalid
        kind->setCurrentIndex(0);
        selectState(QString());
        QCOMPARE(m_page->model()->totalCount(), qint64(25000));
    }

    void theDetailsPaneShowsTheChangeAndItsHistory()
    {
        selectRow(3);
        const FailedMessage *m = m_page->model()->messageAt(3);
        const QString details =
            find<QPlainTextEdit>(m_page.get(), QStringLiteral("failedDetails"))->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Failed message %1").arg(m->id)), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("\"kind\": \"test.change\"")));
        QVERIFY(details.contains(m->errorMessage));
        QVERIFY(details.contains(QStringLiteral("History:")));
        QVERIFY(details.contains(QStringLiteral("failed  #3")));
    }

    void retryDiscardAndRetryAllChangeTheQueueAsShown()
    {
        selectState(QStringLiteral("parked"));
        selectRow(0);
        const qint64 first = m_page->model()->messageAt(0)->id;
        find<QPushButton>(m_page.get(), QStringLiteral("failedRetry"))->click();
        QCOMPARE(m_queue->get(first).value().state, MessageState::Waiting);
        QCOMPARE(m_page->model()->totalCount(), qint64(9999)); // it left the parked view
        QVERIFY(m_status.last().contains(QString::number(first)));

        selectRow(0);
        const qint64 second = m_page->model()->messageAt(0)->id;
        QStringList asked;
        m_page->setConfirm([&asked](const QString &question) {
            asked << question;
            return false;
        });
        find<QPushButton>(m_page.get(), QStringLiteral("failedDiscard"))->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QString::number(second)));
        QCOMPARE(m_queue->get(second).value().state, MessageState::Parked);
        m_page->setConfirm([](const QString &) { return true; });
        find<QPushButton>(m_page.get(), QStringLiteral("failedDiscard"))->click();
        QCOMPARE(m_queue->get(second).value().state, MessageState::Discarded);
        QCOMPARE(m_queue->get(second).value().note, QStringLiteral("discarded in the control panel"));

        auto *user = find<QLineEdit>(m_page.get(), QStringLiteral("failedUser"));
        user->setText(QStringLiteral("carl@contoso.com"));
        Q_EMIT user->editingFinished();
        const qint64 carlsParked = m_page->model()->totalCount();
        QVERIFY(carlsParked > 0);
        find<QPushButton>(m_page.get(), QStringLiteral("failedRetryAll"))->click();
        QCOMPARE(m_page->model()->totalCount(), qint64(0));
        MessageFilter carl;
        carl.user = QStringLiteral("carl@contoso.com");
        carl.states = {MessageState::Parked};
        QCOMPARE(m_queue->count(carl).value(), qint64(0));
        // Put things back for the other tests.
        QVERIFY(m_queue->markParked(first, QStringLiteral("test")).ok());
        QVERIFY(m_queue->retryNow(second).ok());
        QVERIFY(m_queue->markParked(second, QStringLiteral("test")).ok());
        MessageFilter carlWaiting;
        carlWaiting.user = QStringLiteral("carl@contoso.com");
        carlWaiting.states = {MessageState::Waiting};
        carlWaiting.errorKind = ErrorKind::Invalid;
        const QList<FailedMessage> requeued = m_queue->list(carlWaiting, 0, 10000).value();
        for (const FailedMessage &m : requeued)
            QVERIFY(m_queue->markParked(m.id, QStringLiteral("test")).ok());
    }

    void exportWritesWhatTheFilterShows()
    {
        auto *user = find<QLineEdit>(m_page.get(), QStringLiteral("failedUser"));
        user->setText(QStringLiteral("anna@contoso.com"));
        Q_EMIT user->editingFinished();
        selectState(QStringLiteral("parked"));
        const qint64 shown = m_page->model()->totalCount();
        QVERIFY(shown > 0);
        const QString path = m_dir->filePath(QStringLiteral("anna-parked.xml"));
        m_page->setExportFileChooser([path] { return path; });
        find<QPushButton>(m_page.get(), QStringLiteral("failedExport"))->click();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        qint64 rows = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                xml.name() == QLatin1String("FailedMessage")) {
                ++rows;
                QCOMPARE(xml.attributes().value(QLatin1String("state")), QLatin1String("parked"));
            }
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(rows, shown);
        QVERIFY(m_status.last().contains(path));
    }

    void sendTestMailReachesTheServer()
    {
        SmtpTestServer smtp;
        QString error;
        QVERIFY2(smtp.start({}, &error), qPrintable(error));
        QVERIFY(m_settings->set(Keys::SmtpHost, QStringLiteral("127.0.0.1")).ok());
        QVERIFY(m_settings->set(Keys::SmtpPort, QString::number(smtp.port())).ok());
        QVERIFY(m_settings->set(Keys::SmtpTlsMode, QStringLiteral("none")).ok());
        QVERIFY(m_settings->set(Keys::SmtpSender, QStringLiteral("cxsync@example.com")).ok());
        QVERIFY(m_settings->set(Keys::ErrorEmail, QStringLiteral("crm-admin@example.com")).ok());
        QSignalSpy finished(m_page.get(), &FailedMessagesPage::testMailFinished);
        find<QPushButton>(m_page.get(), QStringLiteral("failedTestMail"))->click();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(m_status.join(QLatin1Char('\n'))));
        QVERIFY(m_status.last().contains(QStringLiteral("250")));
        QVERIFY(smtp.waitForMessages(1));
        QCOMPARE(smtp.messages().first().value(QStringLiteral("rcpt_tos")).toArray().first().toString(),
                 QStringLiteral("crm-admin@example.com"));
    }

    void theLogPageFiltersAndExports()
    {
        Profile profile(*m_settings, *m_secrets);
        LogPage page(profile);
        QStringList status;
        connect(&page, &LogPage::statusMessage, this,
                [&status](const QString &message) { status << message; });
        QCOMPARE(page.model()->totalCount(), qint64(450));
        QCOMPARE(page.model()->rowCount(), TransactionLogModel::PageSize);
        QVERIFY(page.model()->canFetchMore({}));
        page.model()->fetchMore({});
        page.model()->fetchMore({});
        QCOMPARE(page.model()->rowCount(), 450);
        QVERIFY(!page.model()->canFetchMore({}));
        auto *user = find<QLineEdit>(&page, QStringLiteral("logUser"));
        user->setText(QStringLiteral("bert@contoso.com"));
        Q_EMIT user->editingFinished();
        QCOMPARE(page.model()->totalCount(), qint64(150));
        auto *result = find<QComboBox>(&page, QStringLiteral("logResult"));
        result->setCurrentIndex(result->findData(QStringLiteral("failed")));
        QCOMPARE(page.model()->totalCount(), qint64(30));
        auto *period = find<QComboBox>(&page, QStringLiteral("logPeriod"));
        period->setCurrentIndex(period->findData(1)); // last 24 hours: entries 0..1439 minutes back, all
        QCOMPARE(page.model()->totalCount(), qint64(30));
        const QString path = m_dir->filePath(QStringLiteral("bert-failed.csv"));
        page.setExportFileChooser([path] { return path; });
        find<QPushButton>(&page, QStringLiteral("logExport"))->click();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        QCOMPARE(parseCsv(f.readAll(), &error).size(), 31);
        QVERIFY(error.isEmpty());
        QVERIFY(status.last().contains(path));
    }

    void bothPagesAreTabsOfTheControlPanel()
    {
        LayeredSecretStore secrets(m_secrets.get());
        Profile profile(*m_settings, secrets);
        ControlPanelWindow window(profile, secrets);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i);
        QVERIFY2(titles.contains(QStringLiteral("Failed Messages")) && titles.contains(QStringLiteral("Log")),
                 qPrintable(titles.join(QStringLiteral(", "))));
        QVERIFY(window.findChild<QTableView *>(QStringLiteral("failedTable")));
        QVERIFY(window.findChild<QTableView *>(QStringLiteral("logTable")));
    }
};

QTEST_MAIN(TestQueuePages)
#include "tst_queue_pages.moc"
