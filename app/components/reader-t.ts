import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/**
 * `t` for sentences that address the organisation: someone outside it (Customs, an analyst)
 * reads the "_shared" variant in the third person, where a message has one.
 */
export function useReaderT(shared: boolean): TFunction {
  const { t } = useTranslation();
  return useMemo(() => {
    if (!shared) return t;
    // The context option selects "key_shared" and falls back to "key". Callers keep t's key checks;
    // inside, the key is any of them, which t's overloads cannot take as one string type.
    const plain = t as unknown as (key: string, options?: object) => string;
    return ((key: string, options?: object) => plain(key, { ...options, context: "shared" })) as TFunction;
  }, [shared, t]);
}
