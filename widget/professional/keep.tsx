// <Keep deps={[…]} render={…}/> renders again only when one of its deps changed (Object.is). Preact's own
// memo lives in preact/compat, whose import would also switch the whole widget to React's event naming.
import { Component, type ComponentChild } from 'preact';

interface KeepProps {
  deps: readonly unknown[];
  render: () => ComponentChild;
}

export class Keep extends Component<KeepProps> {
  override shouldComponentUpdate(next: KeepProps): boolean {
    const { deps } = this.props;
    return next.deps.length !== deps.length || next.deps.some((d, i) => !Object.is(d, deps[i]));
  }
  override render() {
    return this.props.render();
  }
}
