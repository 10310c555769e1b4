/** A page-sized centred frame for screens shown without the console shell (sign-in, session checks). */
import { Center } from '@mantine/core';
import type { ReactNode } from 'react';

export function FullScreen({ children }: { children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" component="main" id="main">
      {children}
    </Center>
  );
}
