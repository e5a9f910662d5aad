#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;

namespace cxsync {

class Clock;
class Journal;
class Profile;
class Settings;
class PagedTableModel;

// What the Failed Messages and Log pages share: the profile's journal, taken on refresh() and again when the
// journal path changed (the page holds it until then, also over a reload()); the user, direction and period
// filters; the paged table; the summary line (how many rows match, or why the journal could not be read, or
// that a further page could not be read and scrolling tries it again); the export file seam.
class JournalPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalPage)
public:
    // Seam for the export's file dialog, so tests (and scripted use) can answer it.
    using ChooseFile = std::function<QString()>;
    void setExportFileChooser(ChooseFile choose) { m_chooseFile = std::move(choose); }

public Q_SLOTS:
    // Opens the journal again if its path changed, then reloads the table under the current filters.
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    JournalPage(Profile &profile, QWidget *parent);
    ~JournalPage() override;

    // The journal was opened: build the sources the model reads.
    virtual void openSources(Journal &journal) = 0;
    // The journal is about to close: detach the model from its sources and drop them.
    virtual void closeSources() = 0;
    // Reloads the model under the filters' current values.
    virtual void applyFilter() = 0;

    // Takes the profile's journal unless the page holds one at the settings' path; false (and the summary
    // says why) on failure.
    bool openJournal();
    // applyFilter()'s first step: the journal is open, or opening it failed.
    bool ensureOpen() { return m_journal || openJournal(); }

    // The shared filters, added to `filters` under `objectName`; each change calls applyFilter().
    QLineEdit *addUserFilter(QHBoxLayout *filters, const QString &objectName);
    QComboBox *addDirectionFilter(QHBoxLayout *filters, const QString &objectName);
    QComboBox *addPeriodFilter(QHBoxLayout *filters, const QString &objectName);
    // A combo's change reloads the table.
    void reloadOnChange(QComboBox *combo);
    // The period filter's start (invalid: any time).
    QDateTime periodStartUtc(const QComboBox *period) const;

    // A table over `model`: whole rows selected, fixed row heights (the view never measures rows it does not
    // show, which keeps 100,000 rows smooth); a page that fails to load is reported in the summary.
    QTableView *createTable(const QString &objectName, PagedTableModel *model);
    QLabel *createSummary(const QString &objectName);
    // After a load: the journal error, or `matching` (how many rows match).
    void showLoaded(const PagedTableModel &model, const QString &matching);
    void showSummary(const QString &text);

    Profile &m_profile;
    Settings &m_settings; // the profile's
    Clock &m_clock;       // the profile's
    std::shared_ptr<Journal> m_journal;
    ChooseFile m_chooseFile;

private:
    QLabel *m_summary = nullptr;
};

} // namespace cxsync
