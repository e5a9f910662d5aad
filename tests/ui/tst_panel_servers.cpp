// Additional Exchange servers from the control panel (seed chapter 5), offscreen: Add writes the server's
// section under exchangeServers/<name>/ and its client secret to that server's own secret store; a bad or
// missing value, a duplicate name or the primary's tenant again is shown beside its field and writes nothing;
// Edit with an empty password keeps the stored one; Remove (confirmed) deletes the settings and both
// passwords; a password the store refuses is said in the dialog; the Users page names each user's server.
#include "ControlPanelWindow.h"
#include "ExchangeServerDialog.h"
#include "UsersPage.h"
#include "config/LayeredSecretStore.h"
#include "config/MemorySecretStore.h"
#include "config/Settings.h"
#include "profile/Profile.h"
#include "store/Journal.h"
#include "users/UserLinkStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QCheckBox>
#include <QGroupBox>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace cxsync;

namespace {

const QString kClientId = QStringLiteral("6731de76-14a6-49ae-97bc-6eba6914391e");
const QString kNotSet = QStringLiteral("<not set>");
const QString kOtherClientId = QStringLiteral("0b7e4a8e-2f51-4c44-9d3a-1f0e6a9a2c11");

// A keychain that refuses every write (a locked or full keychain), for additional servers too.
class RefusingSecretStore final : public SecretStore {
public:
    using SecretStore::SecretStore;
    void read(Secret secret, ReadCallback done) override
    {
        done(makeError(ErrorKind::NotFound, QStringLiteral("not set"), secretName(secret)));
    }
    void write(Secret secret, const QString &, DoneCallback done) override
    {
        done(makeError(ErrorKind::Storage, QStringLiteral("the keychain is locked"), secretName(secret)));
    }
    void remove(Secret, DoneCallback done) override { done(Status{}); }
    QString backendName() const override { return QStringLiteral("refusing keychain"); }

protected:
    SecretStore *createForServer(const QString &) override { return new RefusingSecretStore(this); }
};

} // namespace

class TestPanelServers final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_keychain; // a MemorySecretStore unless a test replaces it
    std::unique_ptr<LayeredSecretStore> m_secrets;
    std::unique_ptr<Profile> m_profile; // the window's: its settings and secrets, above
    std::unique_ptr<ControlPanelWindow> m_window;
    QStringList m_questions;
    bool m_answer = true;

    MemorySecretStore *memory() const { return qobject_cast<MemorySecretStore *>(m_keychain.get()); }

    void openWindow()
    {
        m_window.reset();
        m_profile.reset();
        m_secrets = std::make_unique<LayeredSecretStore>(m_keychain.get());
        m_profile = std::make_unique<Profile>(*m_settings, *m_secrets);
        m_window = std::make_unique<ControlPanelWindow>(*m_profile, *m_secrets);
        m_window->setConfirm([this](const QString &question) {
            m_questions.append(question);
            return m_answer;
        });
        m_window->show();
    }

    template <typename T> T *widget(const QString &name)
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qWarning("no widget named %s", qPrintable(name));
        return w;
    }
    ExchangeServerDialog *dialog() { return m_window->exchangeServerDialog(); }
    template <typename T> T *field(const QString &name)
    {
        T *w = dialog() ? dialog()->findChild<T *>(name) : nullptr;
        if (!w)
            qWarning("no dialog field named %s", qPrintable(name));
        return w;
    }
    void type(const QString &name, const QString &text)
    {
        auto *line = field<QLineEdit>(name);
        QVERIFY(line);
        line->clear();
        if (!text.isEmpty())
            QTest::keyClicks(line, text);
    }
    QString errorText(const QString &name)
    {
        auto *label = field<QLabel>(QStringLiteral("error:") + name);
        return label && label->isVisible() ? label->text() : QString();
    }
    QString status() { return widget<QPlainTextEdit>(QStringLiteral("status"))->toPlainText(); }

    bool openAdd()
    {
        QTest::mouseClick(widget<QPushButton>(QStringLiteral("exchangeServersAdd")), Qt::LeftButton);
        return QTest::qWaitFor([this] { return dialog() && dialog()->isVisible(); }, 5000);
    }
    bool openEdit(const QString &server)
    {
        if (!select(server))
            return false;
        QTest::mouseClick(widget<QPushButton>(QStringLiteral("exchangeServersEdit")), Qt::LeftButton);
        return QTest::qWaitFor([this] { return dialog() && dialog()->isVisible(); }, 5000);
    }
    bool select(const QString &server)
    {
        auto *list = widget<QTreeWidget>(QStringLiteral("exchangeServersList"));
        const auto items = list->findItems(server, Qt::MatchExactly, 0);
        if (items.size() != 1)
            return false;
        list->setCurrentItem(items.first());
        return items.first()->isSelected();
    }
    void fillValidServer(const QString &name, const QString &tenant)
    {
        type(QStringLiteral("exchangeServer/name"), name);
        type(QStringLiteral("exchangeServer/graph/tenantId"), tenant);
        type(QStringLiteral("exchangeServer/graph/clientId"), kClientId);
        type(QStringLiteral("exchangeServer/exchange/account"), QStringLiteral("sync@fabrikam.example"));
        type(QStringLiteral("exchangeServer/secret/graph-client-secret"), QStringLiteral("emea~secret"));
    }
    // Presses OK; true when the dialog closed (accepted).
    bool pressOk()
    {
        QPointer<ExchangeServerDialog> d = dialog();
        if (!d)
            return false;
        QTest::mouseClick(d->findChild<QDialogButtonBox *>(QStringLiteral("exchangeServerButtons"))
                              ->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        // Validation answers at once; a password write may take a callback. Either way the dialog closes or
        // shows an error.
        const auto showsError = [d] {
            const auto labels = d->findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
                return l->objectName().startsWith(QLatin1String("error:")) && l->isVisible();
            });
        };
        return QTest::qWaitFor([d, showsError] { return !d || !d->isVisible() || showsError(); }, 5000) &&
               (!d || !d->isVisible());
    }
    void addServer(const QString &name, const QString &tenant)
    {
        QVERIFY(openAdd());
        fillValidServer(name, tenant);
        if (!pressOk())
            QFAIL(qPrintable(QStringLiteral("not saved: ") + dialogErrors()));
    }
    QString dialogErrors()
    {
        QStringList out;
        if (dialog()) {
            for (QLabel *l : dialog()->findChildren<QLabel *>()) {
                if (l->objectName().startsWith(QLatin1String("error:")) && l->isVisible())
                    out.append(l->objectName() + QLatin1String(": ") + l->text());
            }
        }
        return out.join(QLatin1Char('\n'));
    }

    // What another process would read: the INI file itself.
    QStringList serversInFile() const
    {
        QSettings ini(m_ini, QSettings::IniFormat);
        ini.beginGroup(QStringLiteral("exchangeServers"));
        return ini.childGroups();
    }
    QString fileValue(const QString &key) const
    {
        return QSettings(m_ini, QSettings::IniFormat).value(key).toString();
    }
    QByteArray fileBytes() const
    {
        QFile f(m_ini);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // The stored value, kNotSet, or "<error: ...>": comparable without touching an absent value.
    QString secretOf(SecretStore *store, Secret secret)
    {
        std::optional<Result<QString>> out;
        store->read(secret, [&out](Result<QString> r) { out = r; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 5000))
            return QStringLiteral("<error: timeout>");
        if (out->ok())
            return out->value();
        return out->error().kind == ErrorKind::NotFound
                   ? kNotSet
                   : QStringLiteral("<error: %1>").arg(out->error().message);
    }
    QString serverSecret(const QString &server, Secret secret)
    {
        return secretOf(m_keychain->forServer(server), secret);
    }
    QStringList listRow(const QString &server)
    {
        auto *list = widget<QTreeWidget>(QStringLiteral("exchangeServersList"));
        const auto items = list->findItems(server, Qt::MatchExactly, 0);
        if (items.size() != 1)
            return {};
        return {items.first()->text(0), items.first()->text(1), items.first()->text(2)};
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ini = m_dir->filePath(QStringLiteral("servers.ini"));
        auto opened = Settings::open(m_ini);
        QVERIFY(opened.ok());
        m_settings = std::move(opened).value();
        // The primary: Exchange Online, tenant contoso.
        const QList<std::pair<QString, QString>> primary{
            {Keys::Role, QStringLiteral("crm")},
            {Keys::CrmServer, QStringLiteral("crm.contoso.example")},
            {Keys::CrmPath, QStringLiteral("CRM")},
            {Keys::CrmUser, QStringLiteral("exchangesync")},
            {Keys::ExchangeKind, QStringLiteral("graph")},
            {Keys::ExchangeAccount, QStringLiteral("admin@contoso.example")},
            {Keys::ErrorEmail, QStringLiteral("alerts@contoso.example")},
            {Keys::GraphTenant, QStringLiteral("contoso.onmicrosoft.com")},
            {Keys::GraphClientId, kClientId},
            {Keys::JournalPath, m_dir->filePath(QStringLiteral("journal.sqlite"))},
        };
        for (const auto &[key, value] : primary)
            QVERIFY2(m_settings->set(key, value).ok(), qPrintable(key));
        m_keychain = std::make_unique<MemorySecretStore>();
        m_questions.clear();
        m_answer = true;
        openWindow();
    }
    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
        m_secrets.reset();
        m_keychain.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void addWritesTheSectionAndTheServersOwnSecret()
    {
        QVERIFY(widget<QTreeWidget>(QStringLiteral("exchangeServersList"))->topLevelItemCount() == 0);
        QVERIFY(openAdd());
        QVERIFY(!field<QLineEdit>(QStringLiteral("exchangeServer/name"))->isReadOnly());
        // The advanced addresses start at their defaults.
        QCOMPARE(field<QLineEdit>(QStringLiteral("exchangeServer/graph/baseUrl"))->text(),
                 QStringLiteral("https://graph.microsoft.com"));
        fillValidServer(QStringLiteral("emea"), QStringLiteral("fabrikam.onmicrosoft.com"));
        if (!pressOk())
            QFAIL(qPrintable(QStringLiteral("not saved: ") + dialogErrors()));

        QCOMPARE(serversInFile(), QStringList{QStringLiteral("emea")});
        QCOMPARE(fileValue(QStringLiteral("exchangeServers/emea/graph/tenantId")),
                 QStringLiteral("fabrikam.onmicrosoft.com"));
        QCOMPARE(fileValue(QStringLiteral("exchangeServers/emea/graph/clientId")), kClientId);
        QCOMPARE(fileValue(QStringLiteral("exchangeServers/emea/exchange/account")),
                 QStringLiteral("sync@fabrikam.example"));
        QCOMPARE(fileValue(QStringLiteral("exchangeServers/emea/exchange/kind")), QStringLiteral("graph"));
        // The primary is untouched.
        QCOMPARE(fileValue(QStringLiteral("graph/tenantId")), QStringLiteral("contoso.onmicrosoft.com"));
        QVERIFY(!fileBytes().contains("emea~secret"));

        QCOMPARE(serverSecret(QStringLiteral("emea"), Secret::GraphClientSecret),
                 QStringLiteral("emea~secret"));
        // Not the primary's secret.
        QCOMPARE(secretOf(m_keychain.get(), Secret::GraphClientSecret), kNotSet);

        QCOMPARE(listRow(QStringLiteral("emea")),
                 (QStringList{QStringLiteral("emea"), QStringLiteral("graph:fabrikam.onmicrosoft.com"),
                              kClientId}));
        QVERIFY(
            status().contains(QLatin1String("Exchange server emea (graph:fabrikam.onmicrosoft.com) saved")));
    }

    void badInputIsShownBesideItsFieldAndWritesNothing_data()
    {
        QTest::addColumn<QString>("editor");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tenant neither GUID nor domain")
            << QStringLiteral("exchangeServer/graph/tenantId") << QStringLiteral("fabrikam tenant")
            << QStringLiteral("neither a tenant GUID nor a domain");
        QTest::newRow("client id missing") << QStringLiteral("exchangeServer/graph/clientId") << QString()
                                           << QStringLiteral("Application (Client) ID (Exchange server emea) "
                                                             "is required");
        QTest::newRow("client id not a GUID") << QStringLiteral("exchangeServer/graph/clientId")
                                              << QStringLiteral("my-app") << QStringLiteral("not a GUID");
        QTest::newRow("exchange account missing") << QStringLiteral("exchangeServer/exchange/account")
                                                  << QString() << QStringLiteral("is required");
        QTest::newRow("name with a space") << QStringLiteral("exchangeServer/name") << QStringLiteral("em ea")
                                           << QStringLiteral("not a server name");
        QTest::newRow("name missing") << QStringLiteral("exchangeServer/name") << QString()
                                      << QStringLiteral("Server Name is required");
        QTest::newRow("Graph URL not https")
            << QStringLiteral("exchangeServer/graph/baseUrl") << QStringLiteral("http://graph.example.com")
            << QStringLiteral("Microsoft Graph URL");
    }
    void badInputIsShownBesideItsFieldAndWritesNothing()
    {
        QFETCH(QString, editor);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QVERIFY(openAdd());
        fillValidServer(QStringLiteral("emea"), QStringLiteral("fabrikam.onmicrosoft.com"));
        type(editor, value);
        QVERIFY(!pressOk());
        QVERIFY(dialog()->isVisible());
        QVERIFY2(errorText(editor).contains(expected), qPrintable(errorText(editor)));
        QVERIFY(serversInFile().isEmpty());
        QVERIFY(m_settings->additionalServers().isEmpty());
        QCOMPARE(serverSecret(QStringLiteral("emea"), Secret::GraphClientSecret), kNotSet);
        QCOMPARE(widget<QTreeWidget>(QStringLiteral("exchangeServersList"))->topLevelItemCount(), 0);

        // Corrected, the same dialog saves.
        fillValidServer(QStringLiteral("emea"), QStringLiteral("fabrikam.onmicrosoft.com"));
        type(QStringLiteral("exchangeServer/graph/baseUrl"), QStringLiteral("https://graph.microsoft.com"));
        QVERIFY(pressOk());
        QCOMPARE(serversInFile(), QStringList{QStringLiteral("emea")});
    }

    void theSameTenantOrNameTwiceIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("editor");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the primary's tenant")
            << QStringLiteral("apac") << QStringLiteral("contoso.onmicrosoft.com")
            << QStringLiteral("exchangeServer/graph/tenantId")
            << QStringLiteral("the primary Exchange server");
        QTest::newRow("the primary's tenant, other case")
            << QStringLiteral("apac") << QStringLiteral("Contoso.OnMicrosoft.com")
            << QStringLiteral("exchangeServer/graph/tenantId")
            << QStringLiteral("the primary Exchange server");
        QTest::newRow("another additional server's tenant")
            << QStringLiteral("apac") << QStringLiteral("fabrikam.onmicrosoft.com")
            << QStringLiteral("exchangeServer/graph/tenantId") << QStringLiteral("emea and apac are both");
        QTest::newRow("an existing name, other case")
            << QStringLiteral("EMEA") << QStringLiteral("northwind.onmicrosoft.com")
            << QStringLiteral("exchangeServer/name")
            << QStringLiteral("already an Exchange server named emea");
    }
    void theSameTenantOrNameTwiceIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, tenant);
        QFETCH(QString, editor);
        QFETCH(QString, expected);
        addServer(QStringLiteral("emea"), QStringLiteral("fabrikam.onmicrosoft.com"));
        const QByteArray before = fileBytes();

        QVERIFY(openAdd());
        fillValidServer(name, tenant);
        type(QStringLiteral("exchangeServer/secret/graph-client-secret"), QStringLiteral("second~secret"));
        QVERIFY(!pressOk());
        QVERIFY2(errorText(editor).contains(expected), qPrintable(errorText(editor)));
        QCOMPARE(fileBytes(), before);
        QCOMPARE(serversInFile(), QStringList{QStringLiteral("emea")});
        QCOMPARE(serverSecret(name, Secret::GraphClientSecret), kNotSet);
        QCOMPARE(serverSecret(QStringLiteral("emea"), Secret::GraphClientSecret),
                 QStringLiteral("emea~secret"));
    }

    void editKeepsTheStoredSecretWhenLeftEmpty()
    {
        addServer(QStringLiteral("emea"), QStringLiteral("fabrikam.onmicrosoft.com"));
        QVERIFY(openEdit(QStringLiteral("emea")));
        auto *name = field<QLineEdit>(QStringLiteral("exchangeServer/name"));
        QCOMPARE(name->text(), QStringLiteral("emea"));
        QVERIFY(name->isReadOnly());
        QCOMPARE(field<QLineEdit>(QStringLiteral("exchangeServer/graph/tenantId"))->text(),
                 QStringLiteral("fabrikam.onmicrosoft.com"));
        auto *secret = field<QLineEdit>(QStringLiteral("exchangeServer/secret/graph-client-secret"));
        QVERIFY(secret->text().isEmpty()); // never read back into a widget
        QTRY_COMPARE(secret->placeholderText(), QStringLiteral("stored; leave empty to keep"));

        type(QStringLiteral("exchangeServer/graph/clientId"), kOtherClientId);
        QVERIFY(pressOk());
        QCOMPARE(fileValue(QStringLiteral("exchangeServers/emea/graph/clientId")), kOtherClientId);
        QCOMPARE(serverSecret(QStringLiteral("emea"), Secret::GraphClientSecret),
                 QStringLiteral("emea~secret"));
        QCOMPARE(listRow(QStringLiteral("emea")).value(2), kOtherClientId);

        // A typed one replaces it.
        QVERIFY(openEdit(QStringLiteral("emea")));
        type(QStringLiteral("exchangeServer/secret/graph-client-secret"), QStringLiteral("rotated~secret"));
        QVERIFY(pressOk());
        QCOMPARE(serverSecret(QStringLiteral("emea"), Secret::GraphClientSecret),
                 QStringLiteral("rotated~secret"));
    }

    // An on-premises server beside the tenants (a hybrid organisation): the kind switches the fields shown, the
    // NT account's password goes to the server's own keychain entry, nothing of Graph is written for it.
    void addAnOnPremisesServer()
    {
        QVERIFY(openAdd());
        auto *kind = field<QComboBox>(QStringLiteral("exchangeServer/exchange/kind"));
        QVERIFY(kind);
        QVERIFY(field<QGroupBox>(QStringLiteral("exchangeServerGraph"))->isVisible());
        QVERIFY(!field<QGroupBox>(QStringLiteral("exchangeServerEws"))->isVisible());
        kind->setCurrentIndex(kind->findData(QStringLiteral("ews")));
        QVERIFY(!field<QGroupBox>(QStringLiteral("exchangeServerGraph"))->isVisible());
        QVERIFY(field<QGroupBox>(QStringLiteral("exchangeServerEws"))->isVisible());
        type(QStringLiteral("exchangeServer/name"), QStringLiteral("onprem"));
        type(QStringLiteral("exchangeServer/exchange/account"), QStringLiteral("sync@fabrikam.example"));
        // no server and no EWS URL: refused beside the field, nothing written
        type(QStringLiteral("exchangeServer/nt/account"), QStringLiteral("FABRIKAM\\crm-sync"));
        QVERIFY(!pressOk());
        QVERIFY(serversInFile().isEmpty());
        type(QStringLiteral("exchangeServer/exchange/primaryServer"), QStringLiteral("mail.fabrikam.example"));
        type(QStringLiteral("exchangeServer/secret/nt-password"), QStringLiteral("nt~secret"));
        field<QCheckBox>(QStringLiteral("exchangeServer/ews/impersonation"))->setChecked(false);
        if (!pressOk())
            QFAIL(qPrintable(QStringLiteral("not saved: ") + dialogErrors()));
        QCOMPARE(serversInFile(), QStringList{QStringLiteral("onprem")});
        QCOMPARE(fileValue(QStringLiteral("exchangeServers/onprem/exchange/kind")), QStringLiteral("ews"));
        QCOMPARE(fileValue(QStringLiteral("exchangeServers/onprem/exchange/primaryServer")),
                 QStringLiteral("mail.fabrikam.example"));
        QCOMPARE(fileValue(QStringLiteral("exchangeServers/onprem/nt/account")), QStringLiteral("FABRIKAM\\crm-sync"));
        QCOMPARE(fileValue(QStringLiteral("exchangeServers/onprem/ews/impersonation")), QStringLiteral("false"));
        QCOMPARE(fileValue(QStringLiteral("exchangeServers/onprem/graph/tenantId")), QString());
        QVERIFY(!fileBytes().contains("nt~secret"));
        QCOMPARE(serverSecret(QStringLiteral("onprem"), Secret::NtPassword), QStringLiteral("nt~secret"));
        QCOMPARE(listRow(QStringLiteral("onprem")).value(1), QStringLiteral("mail.fabrikam.example"));
        // editing it again shows it as saved
        QVERIFY(openEdit(QStringLiteral("onprem")));
        QCOMPARE(field<QComboBox>(QStringLiteral("exchangeServer/exchange/kind"))->currentData().toString(),
                 QStringLiteral("ews"));
        QVERIFY(!field<QCheckBox>(QStringLiteral("exchangeServer/ews/impersonation"))->isChecked());
    }

    void certificateCredentialStoresTheCertificatePassword()
    {
        const QString certificate = m_dir->filePath(QStringLiteral("emea.pfx"));
        QFile f(certificate);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not really a certificate");
        f.close();
        QVERIFY(openAdd());
        fillValidServer(QStringLiteral("emea"), QStringLiteral("fabrikam.onmicrosoft.com"));
        auto *kind = field<QComboBox>(QStringLiteral("exchangeServer/graph/credentialKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("certificate")));
        QVERIFY(!field<QLineEdit>(QStringLiteral("exchangeServer/secret/graph-client-secret"))->isEnabled());
        QVERIFY(!pressOk()); // the certificate file is required now
        QVERIFY(errorText(QStringLiteral("exchangeServer/graph/certificateFile"))
                    .contains(QLatin1String("required")));
        QVERIFY(serversInFile().isEmpty());
        type(QStringLiteral("exchangeServer/graph/certificateFile"), certificate);
        type(QStringLiteral("exchangeServer/secret/graph-certificate-password"), QStringLiteral("pfx pass"));
        QVERIFY(pressOk());
        QCOMPARE(fileValue(QStringLiteral("exchangeServers/emea/graph/credentialKind")),
                 QStringLiteral("certificate"));
        QCOMPARE(serverSecret(QStringLiteral("emea"), Secret::GraphCertificatePassword),
                 QStringLiteral("pfx pass"));
        // The client secret typed before switching was not stored.
        QCOMPARE(serverSecret(QStringLiteral("emea"), Secret::GraphClientSecret), kNotSet);
    }

    void removeDeletesTheSettingsAndBothSecrets()
    {
        addServer(QStringLiteral("emea"), QStringLiteral("fabrikam.onmicrosoft.com"));
        addServer(QStringLiteral("apac"), QStringLiteral("northwind.onmicrosoft.com"));
        bool written = false;
        m_keychain->forServer(QStringLiteral("emea"))
            ->write(Secret::GraphCertificatePassword, QStringLiteral("pfx pass"),
                    [&written](Status s) { written = s.ok(); });
        QVERIFY(written);

        // No keeps everything.
        m_answer = false;
        QVERIFY(select(QStringLiteral("emea")));
        QTest::mouseClick(widget<QPushButton>(QStringLiteral("exchangeServersRemove")), Qt::LeftButton);
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions.first().contains(QLatin1String("emea (graph:fabrikam.onmicrosoft.com)")));
        QCOMPARE(serversInFile(), (QStringList{QStringLiteral("apac"), QStringLiteral("emea")}));
        QCOMPARE(serverSecret(QStringLiteral("emea"), Secret::GraphClientSecret),
                 QStringLiteral("emea~secret"));

        m_answer = true;
        QSignalSpy changed(m_window.get(), &ControlPanelWindow::exchangeServersChanged);
        QTest::mouseClick(widget<QPushButton>(QStringLiteral("exchangeServersRemove")), Qt::LeftButton);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(serversInFile(), QStringList{QStringLiteral("apac")});
        QVERIFY(!fileBytes().contains("fabrikam.onmicrosoft.com"));
        QCOMPARE(serverSecret(QStringLiteral("emea"), Secret::GraphClientSecret), kNotSet);
        QCOMPARE(serverSecret(QStringLiteral("emea"), Secret::GraphCertificatePassword), kNotSet);
        // The other server keeps its own.
        QCOMPARE(serverSecret(QStringLiteral("apac"), Secret::GraphClientSecret),
                 QStringLiteral("emea~secret"));
        QVERIFY(listRow(QStringLiteral("emea")).isEmpty());
        QCOMPARE(listRow(QStringLiteral("apac")).value(1), QStringLiteral("graph:northwind.onmicrosoft.com"));
        QVERIFY(status().contains(
            QLatin1String("Exchange server emea (graph:fabrikam.onmicrosoft.com) removed")));

        // Added again under the same name, it does not inherit the old password.
        QVERIFY(openAdd());
        fillValidServer(QStringLiteral("emea"), QStringLiteral("fabrikam.onmicrosoft.com"));
        type(QStringLiteral("exchangeServer/secret/graph-client-secret"), QString());
        QVERIFY(pressOk());
        QCOMPARE(serverSecret(QStringLiteral("emea"), Secret::GraphClientSecret), kNotSet);
    }

    void aRefusedPasswordIsShownAndTheDialogStaysOpen()
    {
        m_keychain = std::make_unique<RefusingSecretStore>();
        openWindow();
        QVERIFY(openAdd());
        fillValidServer(QStringLiteral("emea"), QStringLiteral("fabrikam.onmicrosoft.com"));
        QVERIFY(!pressOk());
        const QString error = errorText(QStringLiteral("exchangeServer/secret/graph-client-secret"));
        QVERIFY2(error.contains(QLatin1String("was not stored: the keychain is locked")), qPrintable(error));
        // The settings are saved and listed; the dialog now edits that server.
        QCOMPARE(serversInFile(), QStringList{QStringLiteral("emea")});
        QVERIFY(!listRow(QStringLiteral("emea")).isEmpty());
        QVERIFY(field<QLineEdit>(QStringLiteral("exchangeServer/name"))->isReadOnly());
        QVERIFY(status().contains(QLatin1String("was not stored")));
        // OK again retries (and fails again) without asking for a new name.
        QVERIFY(!pressOk());
        QVERIFY(errorText(QStringLiteral("exchangeServer/name")).isEmpty());
    }

    void usersPageNamesEachUsersServer()
    {
        addServer(QStringLiteral("emea"), QStringLiteral("fabrikam.onmicrosoft.com"));
        {
            auto journal = Journal::open(m_settings->journalPath());
            QVERIFY(journal.ok());
            users::UserLinkStore links(*journal.value());
            const auto link = [](const QString &id, const QString &logon, const QString &server,
                                 const QString &mailbox) {
                users::UserLink l;
                l.crmUserId = id;
                l.crmLogon = logon;
                l.exchangeServer = server;
                l.exchangeUserId = QStringLiteral("aad-") + id;
                l.mailbox = mailbox;
                l.rule = users::MatchRule::PrimarySmtp;
                l.state = users::LinkState::Linked;
                return l;
            };
            QVERIFY(links
                        .saveAll({link(QStringLiteral("1"), QStringLiteral("anna"),
                                       QStringLiteral("graph:contoso.onmicrosoft.com"),
                                       QStringLiteral("anna@contoso.example")),
                                  link(QStringLiteral("2"), QStringLiteral("bert"),
                                       QStringLiteral("graph:fabrikam.onmicrosoft.com"),
                                       QStringLiteral("bert@fabrikam.example")),
                                  link(QStringLiteral("3"), QStringLiteral("carl"),
                                       QStringLiteral("graph:gone.onmicrosoft.com"),
                                       QStringLiteral("carl@gone.example"))},
                                 QDateTime::currentDateTimeUtc())
                        .ok());
        }
        QTest::mouseClick(widget<QPushButton>(QStringLiteral("usersRefresh")), Qt::LeftButton);
        QAbstractItemModel *table = widget<QTableView>(QStringLiteral("usersTable"))->model();
        QCOMPARE(table->headerData(UsersPage::ExchangeServerColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Exchange Server"));
        QHash<QString, QString> serverOf;
        for (int row = 0; row < table->rowCount(); ++row)
            serverOf.insert(table->index(row, UsersPage::MailboxColumn).data().toString(),
                            table->index(row, UsersPage::ExchangeServerColumn).data().toString());
        QCOMPARE(serverOf.size(), 3);
        QCOMPARE(serverOf.value(QStringLiteral("anna@contoso.example")),
                 QStringLiteral("graph:contoso.onmicrosoft.com (primary)"));
        QCOMPARE(serverOf.value(QStringLiteral("bert@fabrikam.example")),
                 QStringLiteral("graph:fabrikam.onmicrosoft.com (emea)"));
        QCOMPARE(serverOf.value(QStringLiteral("carl@gone.example")),
                 QStringLiteral("graph:gone.onmicrosoft.com (not in this profile)"));

        // Removing emea is reflected at once.
        QVERIFY(select(QStringLiteral("emea")));
        QTest::mouseClick(widget<QPushButton>(QStringLiteral("exchangeServersRemove")), Qt::LeftButton);
        QTRY_VERIFY(serversInFile().isEmpty());
        QString bert;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->index(row, UsersPage::MailboxColumn).data().toString() ==
                QLatin1String("bert@fabrikam.example"))
                bert = table->index(row, UsersPage::ExchangeServerColumn).data().toString();
        }
        QCOMPARE(bert, QStringLiteral("graph:fabrikam.onmicrosoft.com (not in this profile)"));
    }
};

QTEST_MAIN(TestPanelServers)
#include "tst_panel_servers.moc"
