#pragma once

#include <QCoreApplication>
#include <QUrl>

class QWidget;

// The one place where a link from a message (model output) is opened. http, https and mailto
// go to the desktop's handler; any other scheme (file:, smb:, javascript:, custom handlers...)
// only after the user has seen the full URL and said yes. Nothing else in Confab opens URLs.
class LinkOpener
{
    Q_DECLARE_TR_FUNCTIONS(LinkOpener)
public:
    static bool isWebLink(const QUrl &url);
    // Returns whether the URL was handed to the desktop.
    static bool open(const QUrl &url, QWidget *parent);
};
