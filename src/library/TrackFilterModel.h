#pragma once

#include <QSortFilterProxyModel>

namespace liner::library {

// The track list narrowed to one mood and/or one character ("all of Hae-in's themes"). An empty
// filter lets every track through.
class TrackFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setMood(const QString& mood);
    void setCharacter(const QString& character);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_mood;
    QString m_character;
};

} // namespace liner::library
