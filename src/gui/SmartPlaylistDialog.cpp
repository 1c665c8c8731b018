#include "gui/SmartPlaylistDialog.h"

#include "gui/SymbolicIcons.h"
#include "ui_SmartPlaylistDialog.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStringListModel>
#include <QToolButton>

namespace liner::gui {

using playlist::SmartPlaylist;
using playlist::SmartRule;
using Field = SmartRule::Field;
using Comparison = SmartRule::Comparison;

namespace {

constexpr int kRecountDelayMs = 150;
constexpr int kExamples = 3;

bool isNumber(Field field)
{
    return field == Field::Year || field == Field::Rating || field == Field::PlayCount;
}

// Each distinct value once, the way the library spells it most often first met, sorted.
QStringList distinct(const QList<library::Track>& tracks, Field field)
{
    QStringList values;
    QSet<QString> seen;
    const auto add = [&](const QString& value) {
        if (!value.isEmpty() && !seen.contains(value.toCaseFolded())) {
            seen.insert(value.toCaseFolded());
            values << value;
        }
    };
    for (const library::Track& track : tracks) {
        switch (field) {
        case Field::Mood:
            for (const QString& mood : track.moods)
                add(mood);
            break;
        case Field::Character:
            for (const QString& character : track.characters)
                add(character);
            break;
        case Field::Artist:
            add(track.displayArtist());
            add(track.albumArtist);
            break;
        case Field::Genre:
            add(track.genre);
            break;
        case Field::Year:
            if (track.year > 0)
                add(QString::number(track.year));
            break;
        case Field::Rating:
        case Field::PlayCount:
            break;
        }
    }
    values.sort(Qt::CaseInsensitive);
    return values;
}

} // namespace

SmartPlaylistDialog::SmartPlaylistDialog(const SmartPlaylist& playlist, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SmartPlaylistDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(playlist.name.isEmpty() ? tr("New smart playlist") : tr("Edit smart playlist"));
    m_ui->smartName->setText(playlist.name);
    m_ui->smartMatch->addItem(tr("all of these rules"), true);
    m_ui->smartMatch->addItem(tr("any of these rules"), false);
    m_ui->smartMatch->setCurrentIndex(playlist.matchAll ? 0 : 1);
    m_ui->addRuleButton->setIcon(symbolicIcon(QStringLiteral("list-add-symbolic")));
    m_ui->matchCountLabel->setForegroundRole(QPalette::PlaceholderText);
    m_recount.setSingleShot(true);
    m_recount.setInterval(kRecountDelayMs);
    connect(&m_recount, &QTimer::timeout, this, &SmartPlaylistDialog::countMatches);
    connect(m_ui->addRuleButton, &QPushButton::clicked, this, [this] { addRule(); });
    connect(m_ui->smartName, &QLineEdit::textChanged, this, &SmartPlaylistDialog::updateOk);
    connect(m_ui->smartMatch, &QComboBox::currentIndexChanged, &m_recount,
            qOverload<>(&QTimer::start));
    for (const SmartRule& rule : playlist.rules)
        addRule(rule);
    if (playlist.rules.isEmpty())
        addRule();
    resize(620, sizeHint().height());
}

SmartPlaylistDialog::~SmartPlaylistDialog() = default;

void SmartPlaylistDialog::setLibrary(const QList<library::Track>& tracks,
                                     const liner::playlist::PlayStats& stats)
{
    m_library = tracks;
    m_stats = &stats;
    for (QWidget* row : m_ui->rulesArea->findChildren<QWidget*>(QStringLiteral("ruleRow"))) {
        suggest(
            row->findChild<QLineEdit*>(QStringLiteral("ruleValue")),
            Field(row->findChild<QComboBox*>(QStringLiteral("ruleField"))->currentData().toInt()));
    }
    countMatches();
}

QStringList SmartPlaylistDialog::suggestions(Field field) const
{
    return distinct(m_library, field);
}

void SmartPlaylistDialog::addRule(const SmartRule& rule)
{
    auto* row = new QWidget(m_ui->rulesArea);
    row->setObjectName(QStringLiteral("ruleRow"));
    auto* field = new QComboBox(row);
    field->setObjectName(QStringLiteral("ruleField"));
    field->setAccessibleName(tr("Field"));
    for (const auto& [text, value] :
         {std::pair{tr("Mood"), Field::Mood}, std::pair{tr("Character"), Field::Character},
          std::pair{tr("Artist"), Field::Artist}, std::pair{tr("Genre"), Field::Genre},
          std::pair{tr("Year"), Field::Year}, std::pair{tr("Rating"), Field::Rating},
          std::pair{tr("Play count"), Field::PlayCount}})
        field->addItem(text, int(value));
    field->setCurrentIndex(field->findData(int(rule.field)));
    auto* comparison = new QComboBox(row);
    comparison->setObjectName(QStringLiteral("ruleComparison"));
    comparison->setAccessibleName(tr("Comparison"));
    fillComparisons(comparison, rule.field);
    comparison->setCurrentIndex(std::max(0, comparison->findData(int(rule.comparison))));
    auto* value = new QLineEdit(rule.value, row);
    value->setObjectName(QStringLiteral("ruleValue"));
    value->setAccessibleName(tr("Value"));
    value->setClearButtonEnabled(true);
    suggest(value, rule.field);
    auto* remove = new QToolButton(row);
    remove->setObjectName(QStringLiteral("removeRuleButton"));
    remove->setIcon(symbolicIcon(QStringLiteral("list-remove-symbolic")));
    remove->setToolTip(tr("Remove this rule"));
    remove->setAccessibleName(tr("Remove this rule"));
    remove->setAutoRaise(true);
    connect(field, &QComboBox::currentIndexChanged, this, [this, field, comparison, value] {
        const auto chosen = Field(field->currentData().toInt());
        fillComparisons(comparison, chosen);
        suggest(value, chosen);
        m_recount.start();
    });
    connect(comparison, &QComboBox::currentIndexChanged, &m_recount, qOverload<>(&QTimer::start));
    connect(value, &QLineEdit::textChanged, &m_recount, qOverload<>(&QTimer::start));
    connect(remove, &QToolButton::clicked, this, [this, row] {
        m_ui->rulesLayout->removeWidget(row);
        row->deleteLater();
        row->hide();
        updateOk();
        m_recount.start();
    });
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(field);
    layout->addWidget(comparison);
    layout->addWidget(value, 1);
    layout->addWidget(remove);
    m_ui->rulesLayout->addWidget(row);
    updateOk();
    m_recount.start();
}

void SmartPlaylistDialog::suggest(QLineEdit* value, Field field)
{
    const QStringList values = suggestions(field);
    auto* completer = new QCompleter(values, value);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete value->completer();
    value->setCompleter(values.isEmpty() ? nullptr : completer);
    if (values.isEmpty())
        delete completer;
    // A few of them in the empty field say what the library has.
    value->setPlaceholderText(
        values.isEmpty() ? QString()
                         : tr("e.g. %1").arg(values.mid(0, kExamples).join(QStringLiteral(", "))));
}

void SmartPlaylistDialog::fillComparisons(QComboBox* comparisons, Field field)
{
    // The choice is kept where the new field allows it ("is" and "is not" are in both sets).
    const QVariant chosen = comparisons->currentData();
    comparisons->clear();
    comparisons->addItem(tr("is"), int(Comparison::Is));
    comparisons->addItem(tr("is not"), int(Comparison::IsNot));
    if (isNumber(field)) {
        comparisons->addItem(tr("at least"), int(Comparison::AtLeast));
        comparisons->addItem(tr("at most"), int(Comparison::AtMost));
    } else {
        comparisons->addItem(tr("contains"), int(Comparison::Contains));
    }
    comparisons->setCurrentIndex(std::max(0, comparisons->findData(chosen)));
}

int SmartPlaylistDialog::ruleCount() const
{
    int count = 0;
    for (int i = 0; i < m_ui->rulesLayout->count(); ++i)
        count += m_ui->rulesLayout->itemAt(i)->widget() != nullptr;
    return count;
}

SmartPlaylist SmartPlaylistDialog::playlist() const
{
    SmartPlaylist playlist;
    playlist.name = m_ui->smartName->text().trimmed();
    playlist.matchAll = m_ui->smartMatch->currentData().toBool();
    for (int i = 0; i < m_ui->rulesLayout->count(); ++i) {
        const QWidget* row = m_ui->rulesLayout->itemAt(i)->widget();
        if (row == nullptr)
            continue;
        SmartRule rule;
        rule.field =
            Field(row->findChild<QComboBox*>(QStringLiteral("ruleField"))->currentData().toInt());
        rule.comparison = Comparison(
            row->findChild<QComboBox*>(QStringLiteral("ruleComparison"))->currentData().toInt());
        rule.value = row->findChild<QLineEdit*>(QStringLiteral("ruleValue"))->text().trimmed();
        playlist.rules << rule;
    }
    return playlist;
}

QString SmartPlaylistDialog::matchCountText() const
{
    return m_ui->matchCountLabel->text();
}

void SmartPlaylistDialog::countMatches()
{
    if (m_stats == nullptr) {
        m_ui->matchCountLabel->clear();
        return;
    }
    const qsizetype count = liner::playlist::evaluate(playlist(), m_library, *m_stats).size();
    m_ui->matchCountLabel->setText(count == 0   ? tr("No tracks match yet")
                                   : count == 1 ? tr("1 track matches")
                                                : tr("%1 tracks match").arg(count));
}

void SmartPlaylistDialog::updateOk()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->smartName->text().trimmed().isEmpty() && ruleCount() > 0);
}

} // namespace liner::gui
