import { Input } from 'antd';
import type { InputProps } from 'antd';
import type { TextAreaProps } from 'antd/es/input/TextArea';
import { useRef, useState, type ChangeEvent, type CompositionEvent } from 'react';
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

export function CommittedTextArea({ value, onChange, maxChars, ...rest }: CommittedTextProps & Omit<TextAreaProps, Own>) {
  return <Input.TextArea {...rest} {...useCommittedText({ value, onChange, maxChars })} />;
}
