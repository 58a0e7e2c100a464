/** Keeps a crashing page from blanking the whole window: says so in Chinese and offers a retry. */
import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Changing this (the page path) clears the error, so the menu still works after a crash. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: string;
}

export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('页面出错', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="error"
        title="页面出错了"
        subTitle={`${this.state.error.message}。数据没有丢失，可以重试；如反复出现请重新启动程序。`}
        extra={<Button type="primary" onClick={() => this.setState({ error: null })}>重试</Button>}
      />
    );
  }
}
