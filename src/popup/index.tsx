/** Toolbar popup entry: styles, then the popup for the tab it describes. */
import { render } from 'preact';
import { browser } from '../shared/browser.ts';
import baseCss from '../ui/base.css';
import { addStyles } from '../ui/theme.ts';
import popupCss from './popup.css';
import { Popup } from './Popup.tsx';
import { targetTabId } from './use-tab-state.ts';

addStyles(document, baseCss, popupCss);
document.documentElement.lang = browser.i18n.getUILanguage();
const findTab = () => targetTabId();
render(<Popup findTab={findTab} />, document.getElementById('app')!);
