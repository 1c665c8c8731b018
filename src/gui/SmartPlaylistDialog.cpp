#include "gui/SmartPlaylistDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace liner::gui {

using playlist::SmartPlaylist;
using playlist::SmartRule;
using Field = SmartRule::Field;
using Comparison = SmartRule::Comparison;

namespace {

bool isNumber(Field field)
{
    return field == Field::Year || field == Field::Rating || field == Field::PlayCount;
}

} // namespace

SmartPlaylistDialog::SmartPlaylistDialog(const SmartPlaylist& playlist, QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(playlist.name)), m_match(new QComboBox),
      m_rules(new QVBoxLayout)
{
    setWindowTitle(playlist.name.isEmpty() ? tr("New smart playlist") : tr("Edit smart playlist"));
    m_name->setObjectName(QStringLiteral("smartName"));
    m_match->setObjectName(QStringLiteral("smartMatch"));
    m_match->addItem(tr("all of these rules"), true);
    m_match->addItem(tr("any of these rules"), false);
    m_match->setCurrentIndex(playlist.matchAll ? 0 : 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Tracks that match:"), m_match);

    auto* add = new QPushButton(tr("Add rule"));
    add->setObjectName(QStringLiteral("addRuleButton"));
    connect(add, &QPushButton::clicked, this, [this] { addRule(); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SmartPlaylistDialog::updateOk);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(m_rules);
    layout->addWidget(add, 0, Qt::AlignLeft);
    layout->addStretch();
    layout->addWidget(buttons);
    for (const SmartRule& rule : playlist.rules)
        addRule(rule);
    if (playlist.rules.isEmpty())
        addRule();
    resize(560, sizeHint().height());
}

void SmartPlaylistDialog::addRule(const SmartRule& rule)
{
    auto* row = new QWidget;
    row->setObjectName(QStringLiteral("ruleRow"));
    auto* field = new QComboBox;
    field->setObjectName(QStringLiteral("ruleField"));
    for (const auto& [text, value] :
         {std::pair{tr("Mood"), Field::Mood}, std::pair{tr("Character"), Field::Character},
          std::pair{tr("Artist"), Field::Artist}, std::pair{tr("Genre"), Field::Genre},
          std::pair{tr("Year"), Field::Year}, std::pair{tr("Rating"), Field::Rating},
          std::pair{tr("Play count"), Field::PlayCount}})
        field->addItem(text, int(value));
    field->setCurrentIndex(field->findData(int(rule.field)));
    auto* comparison = new QComboBox;
    comparison->setObjectName(QStringLiteral("ruleComparison"));
    fillComparisons(comparison, rule.field);
    comparison->setCurrentIndex(std::max(0, comparison->findData(int(rule.comparison))));
    auto* value = new QLineEdit(rule.value);
    value->setObjectName(QStringLiteral("ruleValue"));
    auto* remove = new QToolButton;
    remove->setObjectName(QStringLiteral("removeRuleButton"));
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove this rule"));
    connect(field, &QComboBox::currentIndexChanged, this, [this, field, comparison] {
        fillComparisons(comparison, Field(field->currentData().toInt()));
    });
    connect(remove, &QToolButton::clicked, this, [this, row] {
        m_rules->removeWidget(row);
        row->deleteLater();
        row->hide();
        updateOk();
    });
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(comparison);
    layout->addWidget(value, 1);
    layout->addWidget(remove);
    m_rules->addWidget(row);
    updateOk();
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
    for (int i = 0; i < m_rules->count(); ++i)
        count += m_rules->itemAt(i)->widget() != nullptr;
    return count;
}

SmartPlaylist SmartPlaylistDialog::playlist() const
{
    SmartPlaylist playlist;
    playlist.name = m_name->text().trimmed();
    playlist.matchAll = m_match->currentData().toBool();
    for (int i = 0; i < m_rules->count(); ++i) {
        const QWidget* row = m_rules->itemAt(i)->widget();
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

void SmartPlaylistDialog::updateOk()
{
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() && ruleCount() > 0);
}

} // namespace liner::gui
