import { Input } from 'antd';
import type { InputProps } from 'antd';
import type { TextAreaProps } from 'antd/es/input/TextArea';
import { useRef, useState, type ChangeEvent, type CompositionEvent, type CSSProperties } from 'react';
import { countChars } from '../../../src-main/shared/form/text-field.ts';

type TextElement = HTMLInputElement | HTMLTextAreaElement;

interface CommittedTextProps {
  // The committed text, as the form holds it.
  value?: string | null | undefined;
  // Called with committed text only: never with the pinyin of an open composition.
  onChange?: ((value: string) => void) | undefined;
  // Shows a counter of committed characters against this limit.
  maxChars?: number | undefined;
}

// While a pinyin input method composes (来电要求guan…), the field shows what is being composed but the form hears
// nothing: no rule runs on half a word, the autosave and the side panel (which read the form) never see the
// Latin letters, and the counter counts what is written. The committed text reaches the form when the composition
// ends. Chromium ends it after its last input event, so that event's value is the committed one.
function useCommittedText({ value, onChange, maxChars }: CommittedTextProps) {
  const composing = useRef(false);
  const [composed, setComposed] = useState<string | null>(null);
  const committed = value ?? '';
  return {
    value: composed ?? committed,
    onCompositionStart: (event: CompositionEvent<TextElement>) => {
      composing.current = true;
      setComposed(event.currentTarget.value);
    },
    onCompositionEnd: (event: CompositionEvent<TextElement>) => {
      composing.current = false;
      setComposed(null);
      if (event.currentTarget.value !== committed) onChange?.(event.currentTarget.value);
    },
    onChange: (event: ChangeEvent<TextElement>) => {
      if (composing.current) setComposed(event.target.value);
      else onChange?.(event.target.value);
    },
    ...(maxChars === undefined ? {} : { count: { show: true, max: maxChars, strategy: () => countChars(committed) } }),
  };
}

type Own = 'value' | 'onChange' | 'count' | 'onCompositionStart' | 'onCompositionEnd';

export function CommittedInput({ value, onChange, maxChars, ...rest }: CommittedTextProps & Omit<InputProps, Own>) {
  return <Input {...rest} {...useCommittedText({ value, onChange, maxChars })} />;
}

// The rows a textarea shows when (nearly) empty and at most, scrolling beyond.
interface TextRows {
  min: number;
  max: number;
}

// antd's own padding above and below a textarea's text; set here as well, so the row heights below add up with it.
const TEXTAREA_PADDING_BLOCK_PX = 4;

// The textarea grows with its text between these rows by the browser's own sizing (field-sizing), not by antd's
// autoSize: that one measures a hidden copy of the text after every keystroke, laying the whole page out three
// times and rendering the field three more times, which a record of 20 entries feels in every key pressed.
function rowsStyle({ min, max }: TextRows): CSSProperties {
  const height = (rows: number) => `calc(${rows}lh + ${2 * TEXTAREA_PADDING_BLOCK_PX}px)`;
  return {
    fieldSizing: 'content',
    resize: 'none',
    paddingBlock: TEXTAREA_PADDING_BLOCK_PX,
    minHeight: height(min),
    maxHeight: height(max),
  };
}

export function CommittedTextArea({
  value,
  onChange,
  maxChars,
  rows,
  ...rest
}: CommittedTextProps & Omit<TextAreaProps, Own | 'autoSize' | 'rows' | 'styles'> & { rows: TextRows }) {
  return <Input.TextArea {...rest} styles={{ textarea: rowsStyle(rows) }} {...useCommittedText({ value, onChange, maxChars })} />;
}
