import { createContext, useContext } from "react";

// Browsers hide nonce attributes from scripts, so the client renders with an empty one.
export const NonceContext = createContext("");
export const useNonce = () => useContext(NonceContext);
