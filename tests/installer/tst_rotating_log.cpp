// The Windows service's log file (issue 17): size-capped, rotating through N old files, thread-safe; and the
// line device that turns `cxsync serve`'s output streams into log lines. Platform-neutral, tested here.
#include "diagnostics/RotatingLogFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <thread>
#include <vector>

using namespace cxsync;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestRotatingLog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rejectsBadLimits()
    {
        QTemporaryDir dir;
        QVERIFY(!RotatingLogFile::open(dir.filePath(u("a.log")), 100, 3).ok());
        QVERIFY(!RotatingLogFile::open(dir.filePath(u("a.log")), 4096, 0).ok());
        QVERIFY(!RotatingLogFile::open(QString(), 4096, 3).ok());
        // a folder where the file should be cannot be written
        QVERIFY(QDir(dir.path()).mkdir(u("taken.log")));
        QVERIFY(!RotatingLogFile::open(dir.filePath(u("taken.log")), 4096, 3).ok());
    }

    void createsTheFolderAndAppends()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u("logs/deeper/cxsync.log"));
        {
            auto log = RotatingLogFile::open(path, 4096, 2);
            QVERIFY2(log.ok(), qPrintable(log.ok() ? QString() : log.error().message));
            QVERIFY(log.value()->append(u("first")).ok());
        }
        // a second process (the next service start) appends, it does not truncate
        auto again = RotatingLogFile::open(path, 4096, 2);
        QVERIFY(again.ok());
        QVERIFY(again.value()->append(u("zweite Zeile: ü")).ok());
        QCOMPARE(contents(path), QByteArray("first\nzweite Zeile: \xc3\xbc\n"));
    }

    void rotatesAndKeepsN()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u("cxsync.log"));
        auto opened = RotatingLogFile::open(path, 1024, 3);
        QVERIFY(opened.ok());
        RotatingLogFile &log = *opened.value();
        // 100 lines of 100 bytes (99 + line break): 10 per file, so 10 files' worth
        for (int i = 0; i < 100; ++i)
            QVERIFY(log.append(QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0')) +
                               QString(96, QLatin1Char('x')))
                        .ok());
        // the current file and exactly 3 old ones, each within the cap
        QVERIFY(QFile::exists(path));
        for (int n = 1; n <= 3; ++n)
            QVERIFY2(QFile::exists(path + QLatin1Char('.') + QString::number(n)),
                     qPrintable(QString::number(n)));
        QVERIFY(!QFile::exists(path + u(".4")));
        for (const QString &name : {path, path + u(".1"), path + u(".2"), path + u(".3")})
            QVERIFY2(QFileInfo(name).size() <= 1024, qPrintable(name));
        // newest in the current file, then older in .1, .2, .3; the oldest were dropped
        QVERIFY(contents(path).startsWith("090"));
        QVERIFY(contents(path).contains("099"));
        QVERIFY(contents(path + u(".1")).startsWith("080"));
        QVERIFY(contents(path + u(".3")).startsWith("060"));
        const QByteArray all =
            contents(path) + contents(path + u(".1")) + contents(path + u(".2")) + contents(path + u(".3"));
        QVERIFY(!all.contains("059"));
        QCOMPARE(all.count('\n'), 40);
    }

    void oversizedLineGetsItsOwnFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u("cxsync.log"));
        auto opened = RotatingLogFile::open(path, 1024, 1);
        QVERIFY(opened.ok());
        QVERIFY(opened.value()->append(u("small")).ok());
        QVERIFY(opened.value()->append(QString(3000, QLatin1Char('y'))).ok());
        QCOMPARE(contents(path + u(".1")), QByteArray("small\n"));
        QCOMPARE(contents(path).size(), 3001);
        QVERIFY(opened.value()->append(u("next")).ok());
        QCOMPARE(contents(path), QByteArray("next\n"));
    }

    void threadsDoNotInterleave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u("cxsync.log"));
        auto opened = RotatingLogFile::open(path, 1 << 20, 2);
        QVERIFY(opened.ok());
        RotatingLogFile &log = *opened.value();
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&log, t] {
                for (int i = 0; i < 500; ++i)
                    (void)log.append(QString(50, QLatin1Char(char('a' + t))));
            });
        for (std::thread &thread : threads)
            thread.join();
        const QList<QByteArray> lines = contents(path).split('\n');
        QCOMPARE(lines.size(), 2001); // and the empty piece after the last break
        for (int i = 0; i < 2000; ++i)
            QVERIFY2(lines.at(i).size() == 50 && lines.at(i).count(lines.at(i).at(0)) == 50,
                     lines.at(i).constData());
    }

    void lineDeviceSplitsLines()
    {
        QStringList got;
        {
            LineSinkDevice device([&got](const QString &line) { got << line; });
            QTextStream stream(&device);
            stream << "one\r\ntwo" << Qt::flush;
            QCOMPARE(got, QStringList{u("one")});
            stream << " halves\nthree\n" << Qt::flush;
            QCOMPARE(got, (QStringList{u("one"), u("two halves"), u("three")}));
            stream << "unfinished" << Qt::flush;
        }
        QCOMPARE(got.last(), u("unfinished")); // handed over on close
    }
};

QTEST_GUILESS_MAIN(TestRotatingLog)
#include "tst_rotating_log.moc"
