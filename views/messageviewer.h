#pragma once

#include <QDialog>

class QTextBrowser;

// A message in a read-only text browser, for selecting and copying any part of it.
class MessageViewer : public QDialog
{
    Q_OBJECT
public:
    MessageViewer(const QString &text, bool markdown, QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};
