/** antd's look on the desk screens (the workbench, the dashboards), kept in one place. */

/** The phone's primary colour, and secondary greys dark enough for 4.5:1 on white (antd's defaults are lighter). */
export const deskTheme = {
  token: {
    colorPrimary: '#1560d4',
    colorTextSecondary: '#51565d',
    colorTextTertiary: '#5c6068',
    colorTextQuaternary: '#6e7279',
    colorTextPlaceholder: '#6e7279',
    colorTextDescription: '#51565d',
  },
};
